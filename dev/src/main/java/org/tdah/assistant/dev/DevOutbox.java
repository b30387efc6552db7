package org.tdah.assistant.dev;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every email and SMS the system sent while running in {@code dev}, newest last, so that a
 * developer (or an acceptance test) can read verification codes without a real mailbox or phone.
 * It reads the dev servers that received them (the SMTP sink and the Twilio API emulator). Exists
 * in {@code dev} only.
 */
public final class DevOutbox {

    /** One message as it left the system. */
    public record Message(String channel, String to, String from, String subject, String body, Instant at) {}

    /** A dev server that received messages. */
    public interface Source {
        List<Message> messages();

        void clear();
    }

    private final List<Source> sources = new CopyOnWriteArrayList<>();

    public void add(Source source) {
        sources.add(source);
    }

    public List<Message> messages() {
        return sources.stream()
                .flatMap(source -> source.messages().stream())
                .sorted(Comparator.comparing(Message::at))
                .toList();
    }

    public void clear() {
        sources.forEach(Source::clear);
    }
}
