package org.tdah.assistant.application.live;

import java.util.Objects;
import java.util.regex.Pattern;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * Where an event sits in a person's stream of live events: the resume token a client sends back
 * as {@code Last-Event-ID}, of the form {@code <milliseconds>-<sequence>}, ordered as numbers.
 */
public record LiveEventPosition(long millis, long sequence) implements Comparable<LiveEventPosition> {
    private static final Pattern SHAPE = Pattern.compile("(\\d{1,19})-(\\d{1,19})");

    /** Before every event. */
    public static final LiveEventPosition START = new LiveEventPosition(0, 0);

    public LiveEventPosition {
        if (millis < 0 || sequence < 0) {
            throw new IllegalArgumentException("a position is not negative");
        }
    }

    /** The position of a resume token; a malformed one is invalid input naming {@code field}. */
    public static LiveEventPosition parse(String token, String field) {
        Objects.requireNonNull(token, "token");
        var matcher = SHAPE.matcher(token.trim());
        if (!matcher.matches()) {
            throw InvalidInputException.of(field, "is not a position this stream gave");
        }
        try {
            return new LiveEventPosition(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
        } catch (NumberFormatException tooLarge) {
            throw InvalidInputException.of(field, "is not a position this stream gave");
        }
    }

    @Override
    public int compareTo(LiveEventPosition other) {
        int byMillis = Long.compare(millis, other.millis);
        return byMillis != 0 ? byMillis : Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return millis + "-" + sequence;
    }
}
