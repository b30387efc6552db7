package org.tdah.assistant.domain.identity;

import java.time.ZoneId;
import java.util.Set;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * The zone a person lives in, as an IANA region id ("Europe/Paris", "UTC"); local times of their
 * preferences and reminders are read in it. Fixed offsets ("+02:00") are refused: they miss
 * daylight saving changes.
 */
public record Timezone(String value) {
    /**
     * The region ids the JDK knows, read once: {@link ZoneId#getAvailableZoneIds()} copies its
     * set of some 600 ids on every call, which was a tenth of the CPU of a GET /users/me
     * (docs/performance.md, "Cold start"). The JDK's zone data does not change while it runs.
     */
    private static final Set<String> REGION_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

    public static final Timezone UTC = new Timezone("UTC");

    public Timezone {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("timezone", "is required");
        }
        if (!REGION_IDS.contains(value)) {
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
