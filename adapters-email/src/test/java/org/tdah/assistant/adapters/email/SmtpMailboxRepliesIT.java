package org.tdah.assistant.adapters.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.tdah.assistant.adapters.email.Fixtures.SECRET;
import static org.tdah.assistant.adapters.email.Fixtures.aMessage;
import static org.tdah.assistant.adapters.email.Fixtures.messagesAlong;

import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.email.ScriptedSmtpServer.StartTls;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.EmailRejectedException;
import org.tdah.assistant.domain.identity.EmailAddress;

/** Against {@link ScriptedSmtpServer}, for the replies and extensions GreenMail does not produce. */
class SmtpMailboxRepliesIT {

    @Test
    void a_recipient_refused_with_550_is_rejected_for_good_without_the_body_in_any_message() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.answeringRcptWith("550 5.1.1 <lea@example.org>: no such user")) {
            Throwable failure = catchThrowable(() -> mailboxFor(server).send(aMessage()));

            assertThat(failure).isInstanceOf(EmailRejectedException.class).hasMessageContaining("550");
            assertThat(messagesAlong(failure)).doesNotContain(SECRET);
            assertThat(server.verbs()).contains("RCPT").doesNotContain("DATA");
        }
    }

    @Test
    void a_recipient_deferred_with_451_makes_smtp_unavailable() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.answeringRcptWith("451 4.3.0 mailbox busy, try again later")) {
            Throwable failure = catchThrowable(() -> mailboxFor(server).send(aMessage()));

            assertThat(failure).isInstanceOf(DependencyUnavailableException.class);
        }
    }

    @Test
    void content_refused_with_554_at_the_end_of_data_is_rejected_for_good() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.answeringDataWith("554 5.7.1 message content refused")) {
            Throwable failure = catchThrowable(() -> mailboxFor(server).send(aMessage()));

            assertThat(failure).isInstanceOf(EmailRejectedException.class).hasMessageContaining("554");
            assertThat(messagesAlong(failure)).doesNotContain(SECRET);
        }
    }

    @Test
    void content_deferred_with_452_at_the_end_of_data_makes_smtp_unavailable() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.answeringDataWith("452 4.3.1 insufficient storage")) {
            Throwable failure = catchThrowable(() -> mailboxFor(server).send(aMessage()));

            assertThat(failure).isInstanceOf(DependencyUnavailableException.class);
        }
    }

    @Test
    void authentication_is_attempted_only_when_a_username_is_set() throws Exception {
        try (ScriptedSmtpServer anonymous = ScriptedSmtpServer.accepting();
             ScriptedSmtpServer authenticated = ScriptedSmtpServer.accepting()) {
            mailboxFor(anonymous).send(aMessage());
            new SmtpMailbox(Fixtures.withCredentials(authenticated.host(), authenticated.port(), "assistant", "s3cret"))
                    .send(aMessage());

            assertThat(anonymous.verbs()).contains("MAIL", "RCPT", "DATA").doesNotContain("AUTH");
            assertThat(authenticated.verbs()).containsSubsequence("EHLO", "AUTH", "MAIL", "RCPT", "DATA");
        }
    }

    @Test
    void starttls_is_asked_for_whenever_the_server_offers_it_even_when_tls_is_not_required() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.offeringStartTls(StartTls.REFUSED)) {
            Throwable failure = catchThrowable(() -> mailboxFor(server).send(aMessage()));

            assertThat(server.verbs()).containsSubsequence("EHLO", "STARTTLS").doesNotContain("MAIL");
            assertThat(failure).isInstanceOf(DependencyUnavailableException.class);
        }
    }

    @Test
    void a_server_whose_certificate_is_not_trusted_is_unavailable_and_sees_no_mail_command() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.offeringStartTls(StartTls.UNTRUSTED_CERTIFICATE)) {
            Throwable failure = catchThrowable(() -> mailboxFor(server).send(aMessage()));

            assertThat(failure).isInstanceOf(DependencyUnavailableException.class);
            assertThat(failure).hasStackTraceContaining(SSLHandshakeException.class.getName());
            assertThat(server.verbs()).containsSubsequence("EHLO", "STARTTLS").doesNotContain("MAIL");
        }
    }

    @Test
    void an_internationalised_domain_is_sent_in_its_ascii_form() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.accepting()) {
            mailboxFor(server).send(new EmailMessage("m-idn", EmailAddress.parse("lea@exämple.org"), "subject", "body"));

            assertThat(server.commands()).contains("RCPT TO:<lea@xn--exmple-cua.org>");
        }
    }

    @Test
    void a_recipient_whose_local_part_is_not_ascii_is_rejected_for_good_and_not_sent_garbled() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.accepting()) {
            Throwable failure = catchThrowable(() -> mailboxFor(server).send(
                    new EmailMessage("m-utf8", EmailAddress.parse("léa@example.org"), "subject", "body")));

            assertThat(failure).isInstanceOf(EmailRejectedException.class).hasMessageContaining("m-utf8");
            assertThat(server.verbs()).doesNotContain("MAIL", "RCPT");
        }
    }

    private static SmtpMailbox mailboxFor(ScriptedSmtpServer server) {
        return new SmtpMailbox(Fixtures.plain(server.host(), server.port()));
    }
}
