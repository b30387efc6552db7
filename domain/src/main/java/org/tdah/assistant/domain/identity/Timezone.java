package org.tdah.assistant.domain.identity;

import java.time.ZoneId;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * The zone a person lives in, as an IANA region id ("Europe/Paris", "UTC"); local times of their
 * preferences and reminders are read in it. Fixed offsets ("+02:00") are refused: they miss
 * daylight saving changes.
 */
public record Timezone(String value) {
    public static final Timezone UTC = new Timezone("UTC");

    public Timezone {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("timezone", "is required");
        }
        if (!ZoneId.getAvailableZoneIds().contains(value)) {
            throw InvalidInputException.of("timezone", "is an IANA time zone id, such as Europe/Paris");
        }
    }

    public ZoneId zone() {
        return ZoneId.of(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
