package org.tdah.assistant.application.assistant.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.tdah.assistant.domain.assistant.LocalTimes;
import org.tdah.assistant.domain.identity.QuietHours;
import org.tdah.assistant.domain.identity.TimeOfDay;

/** When a person's quiet hours end, if they are inside them now: a delivery waits until then. */
public final class QuietTime {
    private QuietTime() {}

    /** The end of the quiet hours {@code now} falls in, in the person's zone; empty outside them. */
    public static Optional<Instant> endAfter(Optional<QuietHours> quietHours, Instant now, ZoneId zone) {
        if (quietHours.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        if (!quietHours.get().includes(new TimeOfDay(local.toLocalTime().withSecond(0).withNano(0)))) {
            return Optional.empty();
        }
        LocalDateTime end = local.toLocalDate().atTime(quietHours.get().end().value());
        Instant endToday = LocalTimes.instantOf(end, zone);
        return Optional.of(endToday.isAfter(now) ? endToday : LocalTimes.instantOf(end.plusDays(1), zone));
    }
}
