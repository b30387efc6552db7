package org.tdah.assistant.domain.identity;

import java.time.LocalTime;
import java.util.Objects;
import java.util.regex.Pattern;
import org.tdah.assistant.domain.shared.InvalidInputException;

/** A local time of day to the minute, in the person's zone, written HH:MM on a 24-hour clock. */
public record TimeOfDay(LocalTime value) {
    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    public TimeOfDay {
        Objects.requireNonNull(value, "value");
        if (value.getSecond() != 0 || value.getNano() != 0) {
            throw new IllegalArgumentException("a time of day is to the minute");
        }
    }

    /** Parses "HH:MM"; the field names the input in the error. */
    public static TimeOfDay parse(String field, String raw) {
        if (raw == null || !HH_MM.matcher(raw).matches()) {
            throw InvalidInputException.of(field, "is a time HH:MM on a 24-hour clock");
        }
        return new TimeOfDay(LocalTime.parse(raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
