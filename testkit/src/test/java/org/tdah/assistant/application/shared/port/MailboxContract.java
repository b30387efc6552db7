package org.tdah.assistant.application.shared.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.EmailRejectedException;
import org.tdah.assistant.domain.identity.EmailAddress;

/**
 * What every implementation of {@link Mailbox} must do: a message it takes is delivered intact,
 * under its id (so that a resend is recognisable); a message refused for good throws
 * {@link EmailRejectedException}; a mail system that cannot be reached throws
 * {@link DependencyUnavailableException}, never {@code EmailRejectedException}, since the outbox
 * would then drop a message that a retry would deliver. Neither gives the body away.
 */
public abstract class MailboxContract {
    private static final String SECRET = "7Qx9-Vk2p-Lm4s";
    private static final EmailAddress LEA = EmailAddress.parse("lea@example.org");
    private static final EmailAddress SAM = EmailAddress.parse("sam@example.org");

    private Mailbox mailbox;

    /** A mailbox on a mail system that is up and has delivered nothing yet. */
    protected abstract Mailbox newMailbox();

    /** The messages the mail system received so far, oldest first, as they were sent. */
    protected abstract List<EmailMessage> delivered();

    /** An address the mail system under test refuses for good. */
    protected abstract EmailAddress anAddressRefusedForGood();

    /** Makes the mail system unreachable for the rest of the test. */
    protected abstract void takeTheMailSystemDown();

    @BeforeEach
    void setUpMailbox() {
        mailbox = newMailbox();
    }

    @Test
    void a_sent_message_is_delivered_with_its_id_recipient_subject_and_body_intact() {
        EmailMessage message = message("0190f3a2-7c1d-7e55-9b1a-2f4c6d8e0a11", LEA);

        mailbox.send(message);

        assertThat(delivered()).containsExactly(message);
    }

    @Test
    void a_resend_of_the_same_message_is_delivered_again_under_the_same_id() {
        EmailMessage message = message("0190f3a2-7c1d-7e55-9b1a-2f4c6d8e0a11", LEA);

        mailbox.send(message);
        mailbox.send(message);

        assertThat(delivered()).containsExactly(message, message);
    }

    @Test
    void messages_to_different_people_each_reach_their_own_recipient() {
        EmailMessage toLea = message("0190f3a2-0000-7e55-9b1a-2f4c6d8e0a11", LEA);
        EmailMessage toSam = message("0190f3a2-0001-7e55-9b1a-2f4c6d8e0a11", SAM);

        mailbox.send(toLea);
        mailbox.send(toSam);

        assertThat(delivered()).containsExactly(toLea, toSam);
    }

    @Test
    void a_message_refused_for_good_throws_email_rejected_without_the_body_and_is_not_delivered() {
        Throwable failure = catchThrowable(() ->
                mailbox.send(message("0190f3a2-0002-7e55-9b1a-2f4c6d8e0a11", anAddressRefusedForGood())));

        assertThat(failure).isInstanceOf(EmailRejectedException.class);
        assertThat(messagesAlong(failure)).doesNotContain(SECRET);
        assertThat(delivered()).isEmpty();
    }

    @Test
    void a_refusal_for_good_does_not_stop_the_next_message_to_someone_else() {
        EmailMessage toSam = message("0190f3a2-0003-7e55-9b1a-2f4c6d8e0a11", SAM);
        catchThrowable(() -> mailbox.send(message("0190f3a2-0002-7e55-9b1a-2f4c6d8e0a11", anAddressRefusedForGood())));

        mailbox.send(toSam);

        assertThat(delivered()).containsExactly(toSam);
    }

    @Test
    void a_mail_system_that_cannot_be_reached_throws_dependency_unavailable_without_the_body() {
        takeTheMailSystemDown();

        Throwable failure = catchThrowable(() -> mailbox.send(message("0190f3a2-0004-7e55-9b1a-2f4c6d8e0a11", LEA)));

        assertThat(failure).isInstanceOf(DependencyUnavailableException.class);
        assertThat(messagesAlong(failure)).doesNotContain(SECRET);
    }

    private static EmailMessage message(String id, EmailAddress to) {
        return new EmailMessage(id, to, "Réinitialisez votre mot de passe ✅",
                "Bonjour, votre code : " + SECRET + " 🔑\nÀ bientôt.");
    }

    private static String messagesAlong(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable current = failure; current != null; current = current.getCause()) {
            messages.append(current).append('\n');
        }
        return messages.toString();
    }
}
