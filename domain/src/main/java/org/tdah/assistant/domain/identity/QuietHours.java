package org.tdah.assistant.domain.identity;

import java.util.Objects;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * When the assistant stays silent, in the person's zone; {@code end} before {@code start} means
 * the quiet hours span midnight (22:00 to 07:30).
 */
public record QuietHours(TimeOfDay start, TimeOfDay end) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw InvalidInputException.of("quietHours", "ends at another time than it starts");
        }
    }

    /** Whether the time falls inside, the start included and the end excluded. */
    public boolean includes(TimeOfDay time) {
        var t = time.value();
        var from = start.value();
        var to = end.value();
        return from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
    }
}
