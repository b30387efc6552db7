package org.tdah.assistant.adapters.email;

import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.util.Properties;

/**
 * Opens authenticated, TLS-upgraded connections to the configured SMTP server: the one place
 * where the settings become Jakarta Mail properties, shared by the mailbox and its health check.
 */
final class SmtpConnections {
    private final SmtpMailbox.Settings settings;
    private final Session session;

    SmtpConnections(SmtpMailbox.Settings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    Session session() {
        return session;
    }

    Transport open() throws MessagingException {
        Transport transport = transport();
        transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
        return transport;
    }

    static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // the message was handed over, or the failure that matters is already being reported
        }
    }

    private Transport transport() {
        try {
            return session.getTransport("smtp");
        } catch (NoSuchProviderException missing) {
            throw new IllegalStateException("no SMTP provider on the classpath (angus-mail)", missing);
        }
    }

    private static Properties properties(SmtpMailbox.Settings settings) {
        String timeout = String.valueOf(Math.min(settings.timeout().toMillis(), Integer.MAX_VALUE));
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        properties.setProperty("mail.smtp.starttls.enable", "true");
        properties.setProperty("mail.smtp.starttls.required", String.valueOf(settings.requireTls()));
        properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        properties.setProperty("mail.smtp.connectiontimeout", timeout);
        properties.setProperty("mail.smtp.timeout", timeout);
        properties.setProperty("mail.smtp.writetimeout", timeout);
        properties.setProperty("mail.smtp.auth", String.valueOf(settings.username() != null));
        return properties;
    }
}
