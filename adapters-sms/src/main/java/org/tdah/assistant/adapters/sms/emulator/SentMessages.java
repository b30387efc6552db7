package org.tdah.assistant.adapters.sms.emulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages the emulator accepted, in order, by sid, with the status each has reached
 * ({@code queued} or {@code accepted} until its status callbacks move it on); and who wants to
 * hear of new ones.
 */
final class SentMessages {
    private static final Logger LOG = LoggerFactory.getLogger(SentMessages.class);

    private final Map<String, SentMessage> bySid = new LinkedHashMap<>();
    private final Map<String, MagicNumbers.Outcome> statuses = new LinkedHashMap<>();
    private final List<Consumer<SentMessage>> listeners = new CopyOnWriteArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    SentMessages(Clock clock) {
        this.clock = clock;
    }

    SentMessage record(MessageRequest request) {
        SentMessage message;
        synchronized (this) {
            message = new SentMessage(newSid(), request.to(), request.from(), request.messagingServiceSid(),
                    request.body(), request.statusCallback(), clock.instant());
            bySid.put(message.sid(), message);
            statuses.put(message.sid(), new MagicNumbers.Outcome(message.from() == null ? "accepted" : "queued", null));
        }
        for (Consumer<SentMessage> listener : listeners) {
            try {
                listener.accept(message);
            } catch (RuntimeException failure) {
                LOG.warn("A listener of the Twilio API emulator failed on message {}", message.sid(), failure);
            }
        }
        return message;
    }

    synchronized Optional<SentMessage> find(String sid) {
        return Optional.ofNullable(bySid.get(sid));
    }

    /** The status the message has reached, and its error code when it was not delivered. */
    synchronized MagicNumbers.Outcome statusOf(String sid) {
        return statuses.get(sid);
    }

    synchronized void status(String sid, MagicNumbers.Outcome status) {
        if (bySid.containsKey(sid)) {
            statuses.put(sid, status);
        }
    }

    synchronized List<SentMessage> all() {
        return List.copyOf(bySid.values());
    }

    synchronized void clear() {
        bySid.clear();
        statuses.clear();
    }

    void addListener(Consumer<SentMessage> listener) {
        listeners.add(listener);
    }

    private String newSid() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return "SM" + HexFormat.of().formatHex(bytes);
    }
}
