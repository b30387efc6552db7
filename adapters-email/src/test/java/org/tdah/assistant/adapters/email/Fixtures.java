package org.tdah.assistant.adapters.email;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.domain.identity.EmailAddress;

final class Fixtures {
    static final String MESSAGE_ID = "0190f3a2-7c1d-7e55-9b1a-2f4c6d8e0a11";
    static final String SECRET = "reset token 7Qx9-Vk2p-Lm4s";
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private Fixtures() {
    }

    static EmailMessage aMessage() {
        return new EmailMessage(MESSAGE_ID, EmailAddress.parse("lea@example.org"), "Réinitialisez votre mot de passe ✅",
                "Bonjour Léa, votre code : " + SECRET + " 🔑\nÀ bientôt.");
    }

    static SmtpMailbox.Settings plain(String host, int port) {
        return new SmtpMailbox.Settings(host, port, null, null, "Assistant <no-reply@assistant.example.org>", TIMEOUT, false);
    }

    static SmtpMailbox.Settings withCredentials(String host, int port, String username, String password) {
        return new SmtpMailbox.Settings(host, port, username, password, "no-reply@assistant.example.org", TIMEOUT, false);
    }

    static SmtpMailbox.Settings requiringTls(String host, int port) {
        return new SmtpMailbox.Settings(host, port, null, null, "no-reply@assistant.example.org", TIMEOUT, true);
    }

    /** A loopback port nothing listens on: it was free a moment ago and has just been released. */
    static int aClosedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every message along a cause chain, to check that none of them gives the body away. */
    static String messagesAlong(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable current = failure; current != null; current = current.getCause()) {
            messages.append(current).append('\n');
        }
        return messages.toString();
    }
}
