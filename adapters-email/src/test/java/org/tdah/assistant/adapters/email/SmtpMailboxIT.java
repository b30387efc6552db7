package org.tdah.assistant.adapters.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.tdah.assistant.adapters.email.Fixtures.MESSAGE_ID;
import static org.tdah.assistant.adapters.email.Fixtures.SECRET;
import static org.tdah.assistant.adapters.email.Fixtures.TIMEOUT;
import static org.tdah.assistant.adapters.email.Fixtures.aClosedPort;
import static org.tdah.assistant.adapters.email.Fixtures.aMessage;
import static org.tdah.assistant.adapters.email.Fixtures.messagesAlong;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.util.MailConnectException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.port.Mailbox;
import org.tdah.assistant.application.shared.port.MailboxContract;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.testkit.shared.InMemoryCorrelation;

/**
 * Against GreenMail, a real SMTP server started in-process on a free port for each test: the
 * contract of {@code Mailbox}, then what is particular to SMTP. GreenMail accepts every
 * recipient, so the refusal for good of the contract is the one this adapter makes itself (a
 * local part that needs SMTPUTF8); 5xx replies of a server are in {@link SmtpMailboxRepliesIT}.
 */
class SmtpMailboxIT extends MailboxContract {
    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("assistant@example.org", "assistant", "s3cret"));

    @Override
    protected Mailbox newMailbox() {
        return new SmtpMailbox(Fixtures.plain(host(), port()));
    }

    @Override
    protected List<EmailMessage> delivered() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(SmtpMailboxIT::asSent).toList();
    }

    @Override
    protected EmailAddress anAddressRefusedForGood() {
        return EmailAddress.parse("léa@example.org");
    }

    @Override
    protected void takeTheMailSystemDown() {
        greenMail.stop();
    }

    /** The message as the port was given it, read back from what the server received. */
    private static EmailMessage asSent(MimeMessage received) {
        try {
            String messageId = received.getMessageID();
            return new EmailMessage(messageId.substring(1, messageId.indexOf('@')),
                    EmailAddress.parse(((InternetAddress) received.getRecipients(Message.RecipientType.TO)[0]).getAddress()),
                    received.getSubject(), ((String) received.getContent()).replace("\r\n", "\n"));
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException("GreenMail received a message that cannot be read", unreadable);
        }
    }

    @Test
    void a_message_reaches_the_server_with_its_subject_utf8_body_addresses_and_message_id() throws Exception {
        new SmtpMailbox(Fixtures.plain(host(), port())).send(aMessage());

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getSubject()).isEqualTo("Réinitialisez votre mot de passe ✅");
        assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) message.getContent()).replace("\r\n", "\n"))
                .isEqualTo("Bonjour Léa, votre code : " + SECRET + " 🔑\nÀ bientôt.");
        assertThat(message.getFrom()).containsExactly(new InternetAddress("Assistant <no-reply@assistant.example.org>"));
        assertThat(message.getRecipients(Message.RecipientType.TO)).containsExactly(new InternetAddress("lea@example.org"));
        assertThat(message.getHeader("Message-ID")).containsExactly("<" + MESSAGE_ID + "@assistant.example.org>");
    }

    @Test
    void a_message_sent_by_work_with_a_request_id_carries_it_in_a_header_and_one_without_carries_none() throws Exception {
        InMemoryCorrelation correlation = new InMemoryCorrelation();
        SmtpMailbox mailbox = new SmtpMailbox(Fixtures.plain(host(), port()), correlation);

        correlation.continuing(Optional.of("req-9a1f"), () -> {
            mailbox.send(aMessage());
            return null;
        });
        mailbox.send(aMessage());

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received[0].getHeader(SmtpMailbox.REQUEST_ID_HEADER)).containsExactly("req-9a1f");
        assertThat(received[1].getHeader(SmtpMailbox.REQUEST_ID_HEADER)).isNull();
    }

    @Test
    void a_resend_of_the_same_message_carries_the_same_message_id() throws Exception {
        SmtpMailbox mailbox = new SmtpMailbox(Fixtures.plain(host(), port()));
        mailbox.send(aMessage());
        mailbox.send(aMessage());

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
    }

    @Test
    void a_configured_user_authenticates_and_the_message_is_delivered() {
        new SmtpMailbox(Fixtures.withCredentials(host(), port(), "assistant", "s3cret")).send(aMessage());

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void credentials_the_server_refuses_make_smtp_unavailable_and_nothing_is_sent() {
        Throwable failure = catchThrowable(() ->
                new SmtpMailbox(Fixtures.withCredentials(host(), port(), "assistant", "wrong")).send(aMessage()));

        assertThat(failure).isInstanceOf(DependencyUnavailableException.class).hasMessage("SMTP is unavailable");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    /**
     * GreenMail does not offer STARTTLS. Requiring TLS from such a server is a downgrade we refuse:
     * SMTP is unavailable (retry once the server or the configuration is fixed), the message is
     * not rejected, since nothing is wrong with it.
     */
    @Test
    void with_tls_required_a_server_that_does_not_offer_starttls_is_unavailable_and_nothing_is_sent() {
        Throwable failure = catchThrowable(() -> new SmtpMailbox(Fixtures.requiringTls(host(), port())).send(aMessage()));

        assertThat(failure).isInstanceOf(DependencyUnavailableException.class);
        assertThat(messagesAlong(failure)).contains("STARTTLS");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_server_that_is_down_makes_smtp_unavailable_within_the_timeout() {
        SmtpMailbox mailbox = new SmtpMailbox(Fixtures.plain("127.0.0.1", aClosedPort()));

        long start = System.nanoTime();
        Throwable failure = catchThrowable(() -> mailbox.send(aMessage()));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT);
        assertThat(failure).isInstanceOf(DependencyUnavailableException.class).hasCauseInstanceOf(MailConnectException.class);
        assertThat(messagesAlong(failure)).doesNotContain(SECRET);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_server_that_accepts_the_connection_but_never_answers_is_given_up_on_after_the_timeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            SmtpMailbox mailbox = new SmtpMailbox(Fixtures.plain("127.0.0.1", silent.getLocalPort()));

            long start = System.nanoTime();
            Throwable failure = catchThrowable(() -> mailbox.send(aMessage()));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(failure).isInstanceOf(DependencyUnavailableException.class);
            assertThat(failure).hasRootCauseInstanceOf(SocketTimeoutException.class);
            assertThat(elapsed).isGreaterThanOrEqualTo(TIMEOUT.minusMillis(100)).isLessThan(TIMEOUT.multipliedBy(3));
        }
    }

    private static String host() {
        return greenMail.getSmtp().getBindTo();
    }

    private static int port() {
        return greenMail.getSmtp().getPort();
    }
}
