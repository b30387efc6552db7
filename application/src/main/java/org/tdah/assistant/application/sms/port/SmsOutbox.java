package org.tdah.assistant.application.sms.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.tdah.assistant.application.sms.QueuedText;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The outgoing texts, one queue per number they go from, each drained at that number's pace
 * across every instance. A text is handed to the provider at most once: one whose attempt was cut
 * short (the sender died with it claimed) is not tried again but marked lost, because the provider
 * may have taken it.
 */
public interface SmsOutbox {

    /** Queues a text, ready now, in the caller's transaction. */
    void enqueue(QueuedText text);

    /**
     * Claims texts ready to go, oldest first, at most one per sending number, and only from numbers
     * whose previous text was claimed at least {@code spacing} before {@code now}: claiming one
     * reserves its number until {@code now + spacing}. At most {@code limit} texts; concurrent
     * callers skip each other's rows. A claimed text still unsettled at {@code now} after its claim
     * expired ({@code claimFor} after it was claimed) is marked lost and not returned.
     */
    List<QueuedText> claimReady(Instant now, Duration spacing, Duration claimFor, int limit);

    /** The provider took the text under its id {@code providerSid}. */
    void sent(String id, String providerSid, Instant at);

    /** The attempt failed for a reason that may pass: ready again at {@code retryAt}, attempts + 1. */
    void retryAt(String id, Instant retryAt, String error);

    /** The provider refused the text for good (or retries ran out): never tried again. */
    void failed(String id, String error, Instant at);

    /** How many texts were queued to {@code to} since {@code since}, in any state: the reply cap. */
    int queuedTo(PhoneNumber to, Instant since);

    /** How many texts wait to be sent now, for the metrics. */
    int waiting();
}
