package org.tdah.assistant.adapters.email.sink;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real SMTP server on loopback that keeps every message it receives instead of delivering it
 * (GreenMail), so that {@code dev} and the tests send mail the way production does and can read
 * it back. Stopped and started again on the same port, it plays an SMTP outage. The mail twin of
 * the Twilio API emulator: never started by the production commands, and GreenMail is an optional
 * dependency of this module, so whoever starts a sink declares it (the dev module, the tests).
 */
public final class MailSink implements AutoCloseable {
    /** One message as the sink received it; {@code to} and {@code from} list every address, comma-separated. */
    public record Message(String to, String from, String subject, String body, Instant at) {}

    private final int port;
    private GreenMail server;

    private MailSink(int port) {
        this.port = port;
    }

    /** Starts on a free loopback port. */
    public static MailSink start() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        MailSink sink = new MailSink(server.getSmtp().getPort());
        sink.server = server;
        return sink;
    }

    public int port() {
        return port;
    }

    /** Stops accepting connections, keeping nothing; {@link #restart()} comes back on the same port. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public synchronized void restart() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Every message received since the start or the last {@link #clear()}, oldest first. */
    public synchronized List<Message> messages() {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .map(MailSink::received)
                .sorted(Comparator.comparing(Message::at))
                .toList();
    }

    /** The values of {@code header} of each message received for {@code recipient}, oldest first; empty when absent. */
    public synchronized List<String> headerOfMessagesTo(String recipient, String header) {
        if (server == null) {
            return List.of();
        }
        try {
            List<String> values = new java.util.ArrayList<>();
            for (MimeMessage message : server.getReceivedMessages()) {
                if (addresses(message.getAllRecipients()).contains(recipient)) {
                    String[] found = message.getHeader(header);
                    values.add(found == null ? "" : found[0]);
                }
            }
            return values;
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read a received message", e);
        }
    }

    public synchronized void clear() {
        if (server != null) {
            try {
                server.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException("cannot empty the mail sink", e);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static Message received(MimeMessage message) {
        try {
            Instant at = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            return new Message(addresses(message.getAllRecipients()), addresses(message.getFrom()),
                    message.getSubject(), body(message), at);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read a received message", e);
        }
    }

    private static String body(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        return content instanceof String text ? text.replace("\r\n", "\n") : String.valueOf(content);
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }
}
