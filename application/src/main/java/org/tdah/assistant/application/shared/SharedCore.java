package org.tdah.assistant.application.shared;

import java.time.Clock;
import java.util.Objects;
import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Mailbox;
import org.tdah.assistant.application.shared.port.Transactions;

/**
 * The composition root of what every context shares and no context owns: the delivery of the
 * email outbox, which the contexts fill and a background job empties.
 */
public final class SharedCore {

    /** The out-ports of the shared work. */
    public record OutPorts(EmailOutbox emailOutbox, Mailbox mailbox, Transactions transactions, Clock clock,
            Correlation correlation) {
        public OutPorts {
            Objects.requireNonNull(correlation, "correlation");
            Objects.requireNonNull(emailOutbox, "emailOutbox");
            Objects.requireNonNull(mailbox, "mailbox");
            Objects.requireNonNull(transactions, "transactions");
            Objects.requireNonNull(clock, "clock");
        }
    }

    private final DeliverPendingEmails deliverPendingEmails;

    public SharedCore(OutPorts ports, RetryPolicy emailRetry) {
        deliverPendingEmails = new DeliverPendingEmails(ports.emailOutbox(), ports.mailbox(), ports.transactions(),
                ports.clock(), emailRetry, ports.correlation());
    }

    public DeliverPendingEmails deliverPendingEmails() {
        return deliverPendingEmails;
    }
}
