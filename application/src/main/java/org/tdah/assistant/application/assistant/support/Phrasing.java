package org.tdah.assistant.application.assistant.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.tdah.assistant.application.shared.Wording;
import org.tdah.assistant.domain.identity.Language;

/**
 * What the assistant says, worded by the per-locale resource bundle {@code Replies} (English, and
 * {@code Replies_fr}): never in code. Times are said the way a person reads them in their own
 * zone: "today 4:00 PM", "tomorrow 9:00 AM", "Friday 3:00 PM", "Dec 12 3:00 PM" ("aujourd'hui
 * 16h00"...).
 */
public final class Phrasing {
    private final Wording wording = new Wording("org.tdah.assistant.application.assistant.Replies");

    /** The sentence {@code key} of the bundle, with its arguments. */
    public String say(Language language, String key, Object... arguments) {
        return wording.say(language, key, arguments);
    }

    /** When {@code at} is, for a person in {@code zone} at {@code now}: "today 4:00 PM". */
    public String when(Language language, Instant at, ZoneId zone, Instant now) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        long days = ChronoUnit.DAYS.between(today, local.toLocalDate());
        String time = format(language, "pattern.time", local);
        if (days == 0) {
            return say(language, "when.today", time);
        }
        if (days == 1) {
            return say(language, "when.tomorrow", time);
        }
        if (days > 1 && days < 7) {
            return say(language, "when.week", time, format(language, "pattern.weekday", local));
        }
        return say(language, "when.later", time, format(language, "pattern.date", local));
    }

    private String format(Language language, String patternKey, ZonedDateTime local) {
        return DateTimeFormatter.ofPattern(wording.raw(language, patternKey), Wording.locale(language)).format(local);
    }
}
