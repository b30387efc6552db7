package org.tdah.assistant.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.assistant.Intent.RemindOnce;
import org.tdah.assistant.domain.assistant.Intent.RemindRecurring;
import org.tdah.assistant.domain.identity.Language;

/**
 * A property over many (phrase, now) pairs: every 37 minutes for three days around each clock
 * change and an ordinary day, in three zones, no resolved time is ever before now.
 */
class NeverInThePastTest {
    private static final List<String> ENGLISH = List.of("remind me at 4 to call", "at 8", "at 11pm", "at 12",
            "at noon", "at midnight", "tonight", "this afternoon", "this morning", "tomorrow", "tomorrow at 8",
            "on friday at 3pm", "on sunday", "in 20 min", "in 2 hours", "at 2:30am", "at 1:30", "at 7:45",
            "every day at 2:30am", "every weekday at 8", "every other wednesday at 5pm", "snooze until 5pm",
            "every sunday at 1:30am", "next monday at 9");
    private static final List<String> FRENCH = List.of("rappelle-moi à 18h d'appeler", "à 4h", "à 8h", "à midi",
            "ce soir", "ce matin", "cet après-midi", "demain à 9h", "lundi à 10h30", "dans 20 minutes",
            "à 2h30 du matin", "tous les jours à 8h", "en semaine à 8h", "un mercredi sur deux à 17h", "à minuit",
            "dimanche à 2h30");

    @Test
    void no_resolved_time_is_before_now() {
        int checked = 0;
        for (ZonedDateTime now : moments()) {
            for (String phrase : ENGLISH) {
                checked += check(phrase, Language.EN, now);
            }
            for (String phrase : FRENCH) {
                checked += check(phrase, Language.FR, now);
            }
        }
        assertThat(checked).isGreaterThan(20_000);
    }

    private int check(String phrase, Language language, ZonedDateTime now) {
        Intent intent = new MessageUnderstanding().understand(phrase, language, now.getZone(), now.toInstant());
        ZonedDateTime resolved = resolvedTime(intent, now);
        if (resolved == null) {
            return 0;
        }
        assertThat(resolved).as("%s at %s gave %s", phrase, now, intent).isAfter(now);
        assertThat(Duration.between(now, resolved)).as("%s at %s", phrase, now).isLessThan(Duration.ofDays(15));
        return 1;
    }

    private static ZonedDateTime resolvedTime(Intent intent, ZonedDateTime now) {
        if (intent instanceof Intent.NeedsText needsText) {
            intent = needsText.draft();
        }
        if (intent instanceof RemindOnce once) {
            return once.at();
        }
        if (intent instanceof RemindRecurring recurring) {
            return ZonedDateTime.ofLocal(LocalDateTime.of(recurring.firstDate(), recurring.localTime()), now.getZone(),
                    null);
        }
        if (intent instanceof Intent.Snooze snooze) {
            return snooze.length().after(now);
        }
        return null;
    }

    private static List<ZonedDateTime> moments() {
        List<ZonedDateTime> moments = new ArrayList<>();
        record Around(String zone, String day) {
        }
        for (Around around : List.of(new Around("Europe/Paris", "2026-03-28"), new Around("Europe/Paris", "2026-10-24"),
                new Around("America/New_York", "2026-03-07"), new Around("America/New_York", "2026-10-31"),
                new Around("Asia/Tokyo", "2026-12-02"))) {
            Instant start = LocalDate.parse(around.day()).atStartOfDay(ZoneId.of(around.zone())).toInstant();
            for (Instant at = start; at.isBefore(start.plus(Duration.ofDays(3))); at = at.plus(Duration.ofMinutes(37))) {
                moments.add(at.atZone(ZoneId.of(around.zone())));
            }
        }
        return moments;
    }
}
