package org.tdah.assistant.adapters.email;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.domain.identity.EmailAddress;

class SmtpMailboxTest {

    /** Nothing listens on the port: reaching the network would throw DependencyUnavailableException instead. */
    @Test
    void an_id_that_cannot_be_a_message_id_is_refused_before_any_connection() {
        SmtpMailbox mailbox = new SmtpMailbox(Fixtures.plain("127.0.0.1", Fixtures.aClosedPort()));
        EmailMessage injecting = new EmailMessage(
                "m-1>\r\nBcc: someone@example.org", EmailAddress.parse("lea@example.org"), "subject", "body");

        assertThatThrownBy(() -> mailbox.send(injecting))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Message-ID");
    }
}
