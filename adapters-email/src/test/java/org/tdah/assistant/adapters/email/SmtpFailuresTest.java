package org.tdah.assistant.adapters.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.EmailRejectedException;

/** The exceptions are the ones Angus Mail throws, built as it builds them. */
class SmtpFailuresTest {
    private static final InternetAddress RECIPIENT = address("lea@example.org");
    private static final Address[] NONE = new Address[0];

    @Test
    void a_recipient_refused_with_a_5xx_reply_is_rejected_for_good_and_the_code_is_named() {
        RuntimeException translated = SmtpFailures.translate("m-1", invalidAddresses(
                new SMTPAddressFailedException(RECIPIENT, "RCPT TO:<lea@example.org>", 550, "550 5.1.1 no such user")));

        assertThat(translated).isInstanceOf(EmailRejectedException.class).hasMessageContaining("m-1").hasMessageContaining("550");
    }

    @Test
    void a_recipient_deferred_with_a_4xx_reply_makes_smtp_unavailable() {
        RuntimeException translated = SmtpFailures.translate("m-1", invalidAddresses(
                new SMTPAddressFailedException(RECIPIENT, "RCPT TO:<lea@example.org>", 451, "451 4.3.0 try again later")));

        assertThat(translated).isInstanceOf(DependencyUnavailableException.class);
        assertThat(((DependencyUnavailableException) translated).dependency()).isEqualTo("SMTP");
    }

    @Test
    void content_refused_at_the_end_of_data_is_rejected_for_good() {
        RuntimeException translated = SmtpFailures.translate("m-1",
                new SMTPSendFailedException(".", 554, "554 5.7.1 message refused", null, NONE, NONE, NONE));

        assertThat(translated).isInstanceOf(EmailRejectedException.class).hasMessageContaining("554");
    }

    @Test
    void a_server_asking_for_authentication_is_a_configuration_problem_not_a_bad_message() {
        RuntimeException translated = SmtpFailures.translate("m-1", new SMTPSenderFailedException(
                address("no-reply@example.org"), "MAIL FROM:<no-reply@example.org>", 530, "530 5.7.0 Authentication required"));

        assertThat(translated).isInstanceOf(DependencyUnavailableException.class);
    }

    @Test
    void refused_credentials_unreachable_servers_and_timeouts_make_smtp_unavailable() {
        assertThat(SmtpFailures.translate("m-1", new AuthenticationFailedException("535 5.7.8 credentials invalid")))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(SmtpFailures.translate("m-1", new MailConnectException(
                new SocketConnectException("refused", new ConnectException(), "localhost", 2525, 2000))))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(SmtpFailures.translate("m-1", new MessagingException("read timed out", new SocketTimeoutException())))
                .isInstanceOf(DependencyUnavailableException.class);
    }

    private static SendFailedException invalidAddresses(SMTPAddressFailedException refusal) {
        return new SendFailedException("Invalid Addresses", refusal, NONE, NONE, new Address[] {RECIPIENT});
    }

    private static InternetAddress address(String value) {
        try {
            return new InternetAddress(value);
        } catch (AddressException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
