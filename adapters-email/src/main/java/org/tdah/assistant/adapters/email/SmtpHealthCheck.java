package org.tdah.assistant.adapters.email;

import com.codahale.metrics.health.HealthCheck;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;

/**
 * Healthy when the SMTP server accepts a connection as the mailbox would open it: greeting, EHLO,
 * STARTTLS (when offered, or required) and authentication (when a username is set). Sends nothing.
 */
public final class SmtpHealthCheck extends HealthCheck {
    private final SmtpConnections connections;

    public SmtpHealthCheck(SmtpMailbox.Settings settings) {
        this.connections = new SmtpConnections(settings);
    }

    @Override
    protected Result check() {
        try {
            Transport transport = connections.open();
            SmtpConnections.closeQuietly(transport);
            return Result.healthy("the SMTP server accepted a connection");
        } catch (MessagingException failure) {
            return Result.unhealthy("the SMTP server cannot be used: " + reason(failure));
        }
    }

    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }
}
