package org.tdah.assistant.testkit.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.EmailRejectedException;
import org.tdah.assistant.application.shared.port.Mailbox;
import org.tdah.assistant.domain.identity.EmailAddress;

/**
 * A mailbox that keeps what it delivers; behaves as {@code MailboxContract} says. A test can take
 * it down to play an SMTP outage, or make it refuse an address for good as a server answering 550.
 */
public final class RecordingMailbox implements Mailbox {
    private final List<EmailMessage> sent = new ArrayList<>();
    private final Set<EmailAddress> refused = new HashSet<>();
    private boolean down;

    @Override
    public synchronized void send(EmailMessage message) {
        if (down) {
            throw new DependencyUnavailableException("SMTP", null);
        }
        if (refused.contains(message.to())) {
            throw new EmailRejectedException("message " + message.id() + ": 550 the recipient is refused in this test", null);
        }
        sent.add(message);
    }

    /** Makes every message to this address refused for good ({@link EmailRejectedException}). */
    public synchronized void refuse(EmailAddress address) {
        refused.add(address);
    }

    /** While down, every send throws {@link DependencyUnavailableException}, as when SMTP cannot be reached. */
    public synchronized void goDown() {
        down = true;
    }

    public synchronized void comeBack() {
        down = false;
    }

    /** The messages delivered, oldest first; refused ones are not among them. */
    public synchronized List<EmailMessage> sent() {
        return List.copyOf(sent);
    }
}
