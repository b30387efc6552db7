package org.tdah.assistant.domain.assistant;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.tdah.assistant.domain.identity.Language;

/** The fixed moments and zones the phrasing tables are read at. */
final class Phrasings {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Wednesday 2 December 2026, 15:00 in Paris. */
    static final Moment PARIS_WEDNESDAY_15H = new Moment(PARIS, "2026-12-02T15:00");
    /** Wednesday 2 December 2026, 17:00 in Paris: "at 4" has passed today. */
    static final Moment PARIS_WEDNESDAY_17H = new Moment(PARIS, "2026-12-02T17:00");
    /** Wednesday 2 December 2026, 07:30 in Paris. */
    static final Moment PARIS_WEDNESDAY_0730 = new Moment(PARIS, "2026-12-02T07:30");
    /** Wednesday 2 December 2026, 21:00 in New York. */
    static final Moment NEW_YORK_WEDNESDAY_21H = new Moment(NEW_YORK, "2026-12-02T21:00");
    /** Sunday 29 March 2026, 01:30 in Paris: at 02:00 the clocks jump to 03:00. */
    static final Moment PARIS_SPRING_FORWARD = new Moment(PARIS, "2026-03-29T01:30");
    /** Saturday 28 March 2026, 22:00 in Paris: tomorrow is one hour short. */
    static final Moment PARIS_EVE_OF_SPRING_FORWARD = new Moment(PARIS, "2026-03-28T22:00");
    /** Sunday 1 November 2026, 00:30 EDT in New York: at 02:00 the clocks go back to 01:00. */
    static final Moment NEW_YORK_FALL_BACK = new Moment(NEW_YORK, "2026-11-01T00:30");
    /** Saturday 31 October 2026, 22:00 EDT in New York: tomorrow is one hour long. */
    static final Moment NEW_YORK_EVE_OF_FALL_BACK = new Moment(NEW_YORK, "2026-10-31T22:00");

    private static final MessageUnderstanding UNDERSTANDING = new MessageUnderstanding();

    record Moment(ZoneId zone, String local) {
        ZonedDateTime at() {
            return ZonedDateTime.ofLocal(LocalDateTime.parse(local), zone, null);
        }

        Instant instant() {
            return at().toInstant();
        }

        /** A local time of this zone as the test expects it (an ambiguous one is the earlier). */
        ZonedDateTime local(String localDateTime) {
            return ZonedDateTime.ofLocal(LocalDateTime.parse(localDateTime), zone, null);
        }

        @Override
        public String toString() {
            return local + " " + zone;
        }
    }

    static Intent understand(Language language, String message, Moment now) {
        return UNDERSTANDING.understand(message, language, now.zone(), now.instant());
    }

    private Phrasings() {
    }
}
