package org.tdah.assistant.application.conversation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.shared.InvalidInputException;

/** The time a message list is restricted to: created strictly after {@code after} and strictly before {@code before}. */
public record MessageWindow(Optional<Instant> after, Optional<Instant> before) {
    public static final MessageWindow ALWAYS = new MessageWindow(Optional.empty(), Optional.empty());

    public MessageWindow {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(before, "before");
        if (after.isPresent() && before.isPresent() && !after.get().isBefore(before.get())) {
            throw InvalidInputException.of("after", "is earlier than before");
        }
    }

    public boolean contains(Instant at) {
        return after.map(at::isAfter).orElse(true) && before.map(at::isBefore).orElse(true);
    }
}
