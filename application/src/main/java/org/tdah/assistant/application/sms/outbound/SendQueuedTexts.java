package org.tdah.assistant.application.sms.outbound;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.RetryPolicy;
import org.tdah.assistant.application.sms.QueuedText;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.application.sms.port.SmsOutbox;
import org.tdah.assistant.application.sms.support.ProviderCalls;

/**
 * Drains the outbox: each number sends at most one text per {@code spacing} (1 a second, the pace
 * of a US long code, unless configured), oldest first, across every instance. A provider that
 * cannot be reached, or answers a transient error, is tried again with growing waits up to the
 * retry policy's attempts; a refusal for good (an invalid number, a person who opted out with the
 * provider) is final at once. The provider's channel log keeps every attempt. Each text is sent
 * continuing the request id of the work that queued it, so the provider call and its log lines carry it.
 */
public final class SendQueuedTexts {
    private static final System.Logger LOG = System.getLogger(SendQueuedTexts.class.getName());

    /** How fast each number sends, how long a claim lasts, how many texts one pass takes, how to retry. */
    public record Settings(Duration spacing, Duration claimFor, int batchSize, RetryPolicy retry) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(1), Duration.ofMinutes(1), 50,
                new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(5), 6));

        public Settings {
            Objects.requireNonNull(spacing, "spacing");
            Objects.requireNonNull(claimFor, "claimFor");
            Objects.requireNonNull(retry, "retry");
            if (spacing.isNegative() || claimFor.isNegative() || claimFor.isZero() || batchSize < 1) {
                throw new IllegalArgumentException("texts are paced by a spacing of 0 or more, claimed for a while, in batches");
            }
        }
    }

    /** What one pass did. */
    public record Report(int sent, int retried, int failed) {
        public int handled() {
            return sent + retried + failed;
        }
    }

    private final SmsOutbox outbox;
    private final OptOuts optOuts;
    private final ProviderCalls calls;
    private final Settings settings;
    private final Correlation correlation;
    private final Clock clock;

    public SendQueuedTexts(SmsOutbox outbox, OptOuts optOuts, ProviderCalls calls, Settings settings,
            Correlation correlation, Clock clock) {
        this.outbox = outbox;
        this.optOuts = optOuts;
        this.calls = calls;
        this.settings = settings;
        this.correlation = correlation;
        this.clock = clock;
    }

    /** One pass: the texts ready now, one per number whose pace allows. */
    public Report sendDue() {
        List<QueuedText> claimed = outbox.claimReady(clock.instant(), settings.spacing(), settings.claimFor(),
                settings.batchSize());
        int sent = 0;
        int retried = 0;
        int failed = 0;
        for (QueuedText text : claimed) {
            switch (correlation.continuing(text.requestId(), () -> attempt(text))) {
                case SENT -> sent++;
                case RETRY -> retried++;
                case FAILED -> failed++;
            }
        }
        return new Report(sent, retried, failed);
    }

    private enum Attempt { SENT, RETRY, FAILED }

    private Attempt attempt(QueuedText text) {
        if (optOuts.isOptedOut(text.from(), text.to())) {
            outbox.failed(text.id(), "opted-out", clock.instant());
            return Attempt.FAILED;
        }
        try {
            SmsSendResult result = calls.send(text.from(), text.to(), text.body(), text.person());
            Instant now = clock.instant();
            if (result instanceof SmsSendResult.Accepted accepted) {
                outbox.sent(text.id(), accepted.providerMessageId(), now);
                return Attempt.SENT;
            }
            outbox.failed(text.id(), result instanceof SmsSendResult.Unsubscribed ? "opted-out" : "invalid-number", now);
            return Attempt.FAILED;
        } catch (DependencyUnavailableException unavailable) {
            int failures = text.attempts() + 1;
            Instant now = clock.instant();
            if (failures >= settings.retry().maxAttempts()) {
                LOG.log(Level.WARNING, "Text {0} given up after {1} attempts: the SMS provider did not take it",
                        text.id(), failures);
                outbox.failed(text.id(), "provider-unavailable", now);
                return Attempt.FAILED;
            }
            outbox.retryAt(text.id(), now.plus(settings.retry().delayAfter(failures)), "provider-unavailable");
            return Attempt.RETRY;
        }
    }
}
