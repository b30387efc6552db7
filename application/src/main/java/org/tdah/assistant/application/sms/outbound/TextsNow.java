package org.tdah.assistant.application.sms.outbound;

import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.application.shared.port.TextMessages;
import org.tdah.assistant.application.sms.support.ProviderCalls;
import org.tdah.assistant.application.sms.support.Senders;

/**
 * Texts whose sender keeps its own record of them and retries (one-time codes, which cannot wait
 * behind a queue; reminders and check-ins, which have their delivery ledger): handed to the
 * provider at once, from the person's number, never to someone who opted out of it
 * ({@link SmsSendResult.Unsubscribed}, which each sender says plainly), and counted as usage.
 */
public final class TextsNow implements TextMessages {
    private final Senders senders;
    private final OptOuts optOuts;
    private final ProviderCalls calls;

    public TextsNow(Senders senders, OptOuts optOuts, ProviderCalls calls) {
        this.senders = senders;
        this.optOuts = optOuts;
        this.calls = calls;
    }

    @Override
    public SmsSendResult send(OutgoingSms sms) {
        Senders.Route route = senders.of(sms);
        if (optOuts.isOptedOut(route.from(), sms.to())) {
            return new SmsSendResult.Unsubscribed();
        }
        return calls.send(route.from(), sms.to(), sms.body(), route.person());
    }
}
