package org.tdah.assistant.bootstrap.dev;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every email and SMS the system sent while running in {@code dev}, newest last, so that a
 * developer (or an acceptance test) can read verification codes without a real mailbox or phone.
 * Exists in {@code dev} only.
 */
public final class DevOutbox {

    /** One message as it left the system. */
    public record Message(String channel, String to, String from, String subject, String body, Instant at) {}

    private final List<Message> messages = new ArrayList<>();

    public synchronized void record(Message message) {
        messages.add(message);
    }

    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

    public synchronized void clear() {
        messages.clear();
    }
}
