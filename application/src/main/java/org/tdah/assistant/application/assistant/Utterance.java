package org.tdah.assistant.application.assistant;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.assistant.Intent;
import org.tdah.assistant.domain.identity.Language;

/**
 * One message of a person as the assistant reads it: the text, the person's usual language and
 * zone, the moment it arrived, and the clarifying question it may answer. Nothing else about the
 * person (no id, no address) is in it, so an implementation outside the process learns nothing more.
 */
public record Utterance(String text, Language language, ZoneId zone, Instant at, Optional<Intent.Clarify> answering) {
    public Utterance {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(answering, "answering");
    }
}
