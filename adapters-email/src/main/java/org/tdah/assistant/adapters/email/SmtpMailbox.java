package org.tdah.assistant.adapters.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.EmailRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.shared.port.Mailbox;

/**
 * Sends each message as plain UTF-8 text over its own SMTP connection (Jakarta Mail / Angus).
 * STARTTLS is used whenever the server offers it, and with {@code requireTls} a server that does
 * not offer it is not used at all; the server's certificate and host name are always checked.
 * The message's {@code Message-ID} is {@code <id@domain of the sender>}, so a resend of the same
 * message carries the same Message-ID.
 *
 * <p>How failures reach the outbox:
 * <ul>
 *   <li>{@link DependencyUnavailableException} ("SMTP", retry later): the server cannot be reached,
 *       does not answer within the timeout, drops the connection, answers 4xx, refuses our
 *       credentials or asks for authentication (530), or does not offer STARTTLS when it is
 *       required. In each case the message is fine and the server or our configuration is not,
 *       so dropping the message would be wrong.</li>
 *   <li>{@link EmailRejectedException} (for good): any other 5xx reply to the message itself
 *       (MAIL FROM, RCPT TO, DATA), or a recipient address that cannot be written in an email.
 *       SMTPUTF8 is not used: an internationalised domain is sent in its ASCII (punycode) form, and
 *       a recipient whose local part is not ASCII is rejected rather than sent garbled.</li>
 * </ul>
 * The body holds one-time secrets: it never appears in an exception message, nothing of it is
 * logged and the session's protocol debug output stays off. Each exchange leaves one line under
 * {@value #LOGGER} (the message id, the time, the class of a failure; never the recipient or the
 * server's reply), written on the sending thread so that it carries that work's request id, which
 * the message also carries in an {@code X-Request-Id} header (an opaque id, see docs/operations.md).
 */
public final class SmtpMailbox implements Mailbox {
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern DOT_ATOM = Pattern.compile(ATOM + "(\\." + ATOM + ")*");

    /** The logger of the lines of SMTP exchanges. */
    public static final String LOGGER = "org.tdah.assistant.smtp";
    /** The header that carries the request id of the work that sends the message. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final SmtpConnections connections;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final Supplier<Optional<String>> requestId;

    /** A mailbox that sends no request id. */
    public SmtpMailbox(Settings settings) {
        this(settings, Optional::empty);
    }

    /** A mailbox whose messages carry the request id {@code correlation} holds when they are sent. */
    public SmtpMailbox(Settings settings, Correlation correlation) {
        this(settings, correlation::current);
    }

    private SmtpMailbox(Settings settings, Supplier<Optional<String>> requestId) {
        this.requestId = requestId;
        this.connections = new SmtpConnections(settings);
        this.from = settings.fromAddress();
        String address = from.getAddress();
        this.messageIdDomain = address.substring(address.lastIndexOf('@') + 1);
    }

    @Override
    public void send(EmailMessage message) {
        MimeMessage mime = compose(message);
        long start = System.nanoTime();
        try {
            Transport transport = connections.open();
            try {
                transport.sendMessage(mime, mime.getAllRecipients());
            } finally {
                SmtpConnections.closeQuietly(transport);
            }
        } catch (MessagingException failure) {
            RuntimeException translated = SmtpFailures.translate(message.id(), failure);
            LOG.warn("SMTP did not take email {} after {} ms: {}", message.id(), millisSince(start),
                    translated.getClass().getSimpleName());
            throw translated;
        }
        LOG.info("SMTP took email {} in {} ms", message.id(), millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private MimeMessage compose(EmailMessage message) {
        if (!DOT_ATOM.matcher(message.id()).matches()) {
            throw new IllegalArgumentException("message id " + message.id() + " cannot be used in a Message-ID");
        }
        String messageId = "<" + message.id() + "@" + messageIdDomain + ">";
        MimeMessage mime = new IdentifiedMessage(connections.session(), messageId);
        try {
            mime.setFrom(from);
            mime.setRecipient(Message.RecipientType.TO, recipient(message));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setText(message.textBody(), StandardCharsets.UTF_8.name());
            Optional<String> id = requestId.get();
            if (id.isPresent()) {
                mime.setHeader(REQUEST_ID_HEADER, id.get());
            }
            mime.saveChanges();
        } catch (MessagingException failure) {
            throw new IllegalStateException("message " + message.id() + " could not be composed", failure);
        }
        return mime;
    }

    private static InternetAddress recipient(EmailMessage message) {
        String address = message.to().value();
        int at = address.lastIndexOf('@');
        String localPart = address.substring(0, at);
        if (!isAscii(localPart)) {
            throw new EmailRejectedException("message " + message.id()
                    + ": the recipient's local part is not ASCII, which needs SMTPUTF8, not used here", null);
        }
        try {
            return new InternetAddress(localPart + "@" + IDN.toASCII(address.substring(at + 1)), true);
        } catch (AddressException | IllegalArgumentException unusable) {
            throw new EmailRejectedException(
                    "message " + message.id() + ": the recipient address cannot be written in an email", unusable);
        }
    }

    private static boolean isAscii(String text) {
        return StandardCharsets.US_ASCII.newEncoder().canEncode(text);
    }

    /** A message whose Message-ID is ours, not the one Jakarta Mail would generate on saveChanges. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /**
     * Where and how to reach the SMTP server. Without a username no authentication is attempted
     * (a blank one counts as none). {@code from} may carry a display name
     * ({@code Assistant <no-reply@example.org>}); its domain names the Message-IDs. The timeout
     * bounds connecting, and each read and write. The password never appears in {@link #toString()}.
     */
    public record Settings(String host, int port, String username, String password, String from, Duration timeout,
                           boolean requireTls) {
        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(timeout, "timeout");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host is required");
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port is between 1 and 65535");
            }
            if (timeout.toMillis() < 1) {
                throw new IllegalArgumentException("timeout is at least one millisecond");
            }
            if (username != null && username.isBlank()) {
                username = null;
            }
            if (username != null && password == null) {
                throw new IllegalArgumentException("a username needs a password");
            }
            parseFrom(from);
        }

        InternetAddress fromAddress() {
            return parseFrom(from);
        }

        private static InternetAddress parseFrom(String from) {
            try {
                InternetAddress address = new InternetAddress(from, true);
                if (address.isGroup() || address.getAddress().indexOf('@') < 1) {
                    throw new IllegalArgumentException("from is not a single email address with a domain");
                }
                if (!isAscii(address.getAddress())) {
                    throw new IllegalArgumentException(
                            "from is not an ASCII address (internationalised addresses need SMTPUTF8)");
                }
                return address;
            } catch (AddressException malformed) {
                throw new IllegalArgumentException("from is not a valid email address", malformed);
            }
        }

        @Override
        public String toString() {
            return "Settings[host=" + host + ", port=" + port + ", username=" + username
                    + ", password=" + (password == null ? null : "***") + ", from=" + from
                    + ", timeout=" + timeout + ", requireTls=" + requireTls + "]";
        }
    }
}
