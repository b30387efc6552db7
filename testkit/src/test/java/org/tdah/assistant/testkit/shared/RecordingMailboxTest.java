package org.tdah.assistant.testkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.port.Mailbox;
import org.tdah.assistant.application.shared.port.MailboxContract;
import org.tdah.assistant.domain.identity.EmailAddress;

class RecordingMailboxTest extends MailboxContract {
    private static final EmailAddress REFUSED = EmailAddress.parse("no-such-user@example.org");

    private RecordingMailbox mailbox;

    @Override
    protected Mailbox newMailbox() {
        mailbox = new RecordingMailbox();
        mailbox.refuse(REFUSED);
        return mailbox;
    }

    @Override
    protected List<EmailMessage> delivered() {
        return mailbox.sent();
    }

    @Override
    protected EmailAddress anAddressRefusedForGood() {
        return REFUSED;
    }

    @Override
    protected void takeTheMailSystemDown() {
        mailbox.goDown();
    }

    @Test
    void a_mailbox_that_comes_back_delivers_again() {
        EmailMessage message = new EmailMessage("m-1", EmailAddress.parse("lea@example.org"), "Bonjour", "Bonjour");
        mailbox.goDown();
        mailbox.comeBack();

        mailbox.send(message);

        assertThat(mailbox.sent()).containsExactly(message);
    }
}
