package org.tdah.assistant.testkit.shared;

import java.util.ArrayList;
import java.util.List;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.port.Mailbox;

/**
 * A mailbox that keeps what it is given, and that a test can take down to play an SMTP outage.
 */
public final class RecordingMailbox implements Mailbox {
    private final List<EmailMessage> sent = new ArrayList<>();
    private boolean down;

    @Override
    public synchronized void send(EmailMessage message) {
        if (down) {
            throw new DependencyUnavailableException("SMTP", null);
        }
        sent.add(message);
    }

    public synchronized void goDown() {
        down = true;
    }

    public synchronized void comeBack() {
        down = false;
    }

    public synchronized List<EmailMessage> sent() {
        return List.copyOf(sent);
    }
}
