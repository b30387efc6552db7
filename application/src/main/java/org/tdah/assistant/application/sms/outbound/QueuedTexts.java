package org.tdah.assistant.application.sms.outbound;

import java.time.Clock;
import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.sms.QueuedText;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.application.sms.port.SmsOutbox;
import org.tdah.assistant.application.shared.port.TextMessages;
import org.tdah.assistant.application.sms.support.RouterWording;
import org.tdah.assistant.application.sms.support.Senders;
import org.tdah.assistant.domain.identity.Language;

/**
 * The router's own texts (the assistant's replies, help, onboarding, confirmations): queued in the outbox of the number it goes
 * from, in the caller's transaction, and sent at that number's pace by {@link SendQueuedTexts}.
 * Accepted means queued, under the outbox id; nothing is queued for someone who opted out of that
 * number ({@link SmsSendResult.Unsubscribed}). A text keeps the request id of the work that queued
 * it, for its sending to continue. A body over 1,600 characters is cut with a note
 * (callers who know the person's language cut it first, in it).
 */
public final class QueuedTexts implements TextMessages {
    private final Senders senders;
    private final OptOuts optOuts;
    private final SmsOutbox outbox;
    private final RouterWording wording;
    private final Ids ids;
    private final Correlation correlation;
    private final Clock clock;

    public QueuedTexts(Senders senders, OptOuts optOuts, SmsOutbox outbox, RouterWording wording, Ids ids,
            Correlation correlation, Clock clock) {
        this.senders = senders;
        this.optOuts = optOuts;
        this.outbox = outbox;
        this.wording = wording;
        this.ids = ids;
        this.correlation = correlation;
        this.clock = clock;
    }

    @Override
    public SmsSendResult send(OutgoingSms sms) {
        Senders.Route route = senders.of(sms);
        if (optOuts.isOptedOut(route.from(), sms.to())) {
            return new SmsSendResult.Unsubscribed();
        }
        String id = ids.next();
        outbox.enqueue(new QueuedText(id, route.from(), sms.to(), wording.fitted(sms.body(), Language.EN), route.person(), 0,
                clock.instant(), correlation.current()));
        return new SmsSendResult.Accepted(id);
    }
}
