package org.tdah.assistant.application.shared.port;

import org.tdah.assistant.application.shared.EmailMessage;

/**
 * Hands an email to the mail system. The core never calls it inside a request: emails go
 * through the durable outbox, whose worker calls this and retries.
 */
public interface Mailbox {

    /**
     * Sends the message, or throws: {@link org.tdah.assistant.application.shared.DependencyUnavailableException}
     * when the mail server cannot be reached or answers a transient error (retry later),
     * {@link org.tdah.assistant.application.shared.EmailRejectedException} when it refuses the
     * message for good.
     */
    void send(EmailMessage message);
}
