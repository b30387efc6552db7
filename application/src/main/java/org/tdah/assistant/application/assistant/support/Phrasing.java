package org.tdah.assistant.application.assistant.support;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.tdah.assistant.domain.identity.Language;

/**
 * What the assistant says, worded by the per-locale resource bundle {@code Replies} (English, and
 * {@code Replies_fr}): never in code. Times are said the way a person reads them in their own
 * zone: "today 4:00 PM", "tomorrow 9:00 AM", "Friday 3:00 PM", "Dec 12 3:00 PM" ("aujourd'hui
 * 16h00"...). Each bundle is read once, without falling back to the JVM's own locale.
 */
public final class Phrasing {
    private static final String BUNDLE = "org.tdah.assistant.application.assistant.Replies";

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public Phrasing() {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle(BUNDLE, locale(language), Phrasing.class.getClassLoader(),
                    noFallback));
        }
    }

    /** The sentence {@code key} of the bundle, with its arguments. */
    public String say(Language language, String key, Object... arguments) {
        String pattern = bundles.get(language).getString(key);
        return new MessageFormat(pattern, locale(language)).format(arguments);
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
        return DateTimeFormatter.ofPattern(bundles.get(language).getString(patternKey), locale(language)).format(local);
    }

    private static Locale locale(Language language) {
        return Locale.forLanguageTag(language.code());
    }
}
