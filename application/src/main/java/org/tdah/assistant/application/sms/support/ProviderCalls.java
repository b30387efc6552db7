package org.tdah.assistant.application.sms.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.application.shared.port.TextMessages;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsBody;

/**
 * Hands one text to the provider from a named number of ours, and keeps what follows from its
 * answer: an accepted text goes into the usage log; a refusal because the person opted out with
 * the provider (Twilio 21610) is an opt-out of ours too. A provider that cannot be reached throws,
 * as {@link TextMessages} does. A text goes with its typographic look-alikes of GSM-7 characters
 * made plain when that makes it fewer segments ({@link SmsBody#cheapest}): a French reply's « »
 * would otherwise send all of it in UCS-2, at twice the cost.
 */
public final class ProviderCalls {
    private final TextMessages provider;
    private final UsageBook usage;
    private final OptOuts optOuts;
    private final Clock clock;

    public ProviderCalls(TextMessages provider, UsageBook usage, OptOuts optOuts, Clock clock) {
        this.provider = provider;
        this.usage = usage;
        this.optOuts = optOuts;
        this.clock = clock;
    }

    /** Sends {@code text} with its typographic look-alikes made plain when that costs fewer segments. */
    public SmsSendResult send(PhoneNumber from, PhoneNumber to, String text, Optional<AccountId> person) {
        String body = SmsBody.cheapest(text);
        SmsSendResult result = provider.send(OutgoingSms.from(from, to, body));
        Instant now = clock.instant();
        if (result instanceof SmsSendResult.Accepted accepted) {
            usage.sent(from, accepted.providerMessageId(), body, person, now);
        } else if (result instanceof SmsSendResult.Unsubscribed) {
            optOuts.optOut(from, to, OptOuts.Source.PROVIDER, now);
        }
        return result;
    }
}
