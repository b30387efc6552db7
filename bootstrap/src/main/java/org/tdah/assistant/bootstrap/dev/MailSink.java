package org.tdah.assistant.bootstrap.dev;

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
 * it back. Stopped and started again on the same port, it plays an SMTP outage.
 */
public final class MailSink implements DevOutbox.Source, AutoCloseable {
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

    @Override
    public synchronized List<DevOutbox.Message> messages() {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages())
                .map(MailSink::outboxMessage)
                .sorted(Comparator.comparing(DevOutbox.Message::at))
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

    @Override
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

    private static DevOutbox.Message outboxMessage(MimeMessage message) {
        try {
            Instant at = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            return new DevOutbox.Message("email", addresses(message.getAllRecipients()), addresses(message.getFrom()),
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
