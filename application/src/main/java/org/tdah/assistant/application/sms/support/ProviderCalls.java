package org.tdah.assistant.application.sms.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.sms.DeliveryStatus;
import org.tdah.assistant.application.sms.OutgoingSms;
import org.tdah.assistant.application.sms.SmsSendResult;
import org.tdah.assistant.application.sms.UsageRecord;
import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.application.sms.port.SmsUsage;
import org.tdah.assistant.application.sms.port.TextMessages;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsDirection;
import org.tdah.assistant.domain.sms.SmsPrices;
import org.tdah.assistant.domain.sms.SmsSegments;

/**
 * Hands one text to the provider from a named number of ours, and keeps what follows from its
 * answer: an accepted text is usage (its segments counted now, its cost estimated from the price
 * table until the provider prices it); a refusal because the person opted out with the provider is
 * an opt-out of ours too. A provider that cannot be reached throws, as {@link TextMessages} does.
 */
public final class ProviderCalls {
    private final TextMessages provider;
    private final SmsUsage usage;
    private final OptOuts optOuts;
    private final SmsPrices prices;
    private final Ids ids;
    private final Clock clock;

    public ProviderCalls(TextMessages provider, SmsUsage usage, OptOuts optOuts, SmsPrices prices, Ids ids, Clock clock) {
        this.provider = provider;
        this.usage = usage;
        this.optOuts = optOuts;
        this.prices = prices;
        this.ids = ids;
        this.clock = clock;
    }

    public SmsSendResult send(PhoneNumber from, PhoneNumber to, String body, Optional<AccountId> person) {
        SmsSendResult result = provider.send(OutgoingSms.from(from, to, body));
        Instant now = clock.instant();
        if (result instanceof SmsSendResult.Accepted accepted) {
            int segments = SmsSegments.of(body).count();
            usage.record(new UsageRecord(ids.next(), person, from, SmsDirection.OUTBOUND, accepted.providerMessageId(),
                    segments, prices.estimate(SmsDirection.OUTBOUND, from, segments), prices.currency(), true,
                    DeliveryStatus.QUEUED, Optional.empty(), now));
        } else if (result instanceof SmsSendResult.Unsubscribed) {
            optOuts.optOut(from, to, OptOuts.Source.PROVIDER, now);
        }
        return result;
    }
}
