package org.tdah.assistant.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.domain.assistant.Phrasings.NEW_YORK_FALL_BACK;
import static org.tdah.assistant.domain.assistant.Phrasings.NEW_YORK_WEDNESDAY_21H;
import static org.tdah.assistant.domain.assistant.Phrasings.PARIS_SPRING_FORWARD;
import static org.tdah.assistant.domain.assistant.Phrasings.PARIS_WEDNESDAY_15H;
import static org.tdah.assistant.domain.identity.Language.EN;
import static org.tdah.assistant.domain.identity.Language.FR;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tdah.assistant.domain.assistant.Intent.RemindRecurring;
import org.tdah.assistant.domain.assistant.Phrasings.Moment;
import org.tdah.assistant.domain.identity.Language;

class RecurringPhrasingsTest {
    private static final String WEEKDAYS = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR";

    static Stream<Arguments> recurring() {
        Moment wed15 = PARIS_WEDNESDAY_15H;
        return Stream.of(
                rule(EN, wed15, "every weekday at 8 take meds", "take meds", WEEKDAYS, "08:00", "2026-12-03"),
                rule(EN, wed15, "remind me every weekday at 8am to take meds", "take meds", WEEKDAYS, "08:00", "2026-12-03"),
                rule(EN, wed15, "weekdays at 9 standup", "standup", WEEKDAYS, "09:00", "2026-12-03"),
                rule(EN, wed15, "stand up every workday at 9:15", "stand up", WEEKDAYS, "09:15", "2026-12-03"),
                rule(EN, wed15, "every day at 7:30pm walk the dog", "walk the dog", "FREQ=DAILY", "19:30", "2026-12-02"),
                rule(EN, wed15, "walk the dog every day at 7:30pm", "walk the dog", "FREQ=DAILY", "19:30", "2026-12-02"),
                rule(EN, wed15, "evry day at 10 vitamins", "vitamins", "FREQ=DAILY", "10:00", "2026-12-03"),
                rule(EN, wed15, "daily at 10 vitamins", "vitamins", "FREQ=DAILY", "10:00", "2026-12-03"),
                rule(EN, wed15, "every day at 7 dinner", "dinner", "FREQ=DAILY", "19:00", "2026-12-02"),
                rule(EN, wed15, "every night at 10 brush teeth", "brush teeth", "FREQ=DAILY", "22:00", "2026-12-02"),
                rule(EN, wed15, "remind me every morning to take meds", "take meds", "FREQ=DAILY", "09:00", "2026-12-03"),
                rule(EN, wed15, "every monday take out the trash", "take out the trash", "FREQ=WEEKLY;BYDAY=MO", "09:00",
                        "2026-12-07"),
                rule(EN, wed15, "every mondya take out the trash", "take out the trash", "FREQ=WEEKLY;BYDAY=MO", "09:00",
                        "2026-12-07"),
                rule(EN, wed15, "mondays at 9 team meeting", "team meeting", "FREQ=WEEKLY;BYDAY=MO", "09:00", "2026-12-07"),
                rule(EN, wed15, "every other wednesday at 5pm pay the cleaner", "pay the cleaner",
                        "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "17:00", "2026-12-02"),
                rule(EN, wed15, "every other wednesday at 2pm pay the cleaner", "pay the cleaner",
                        "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "14:00", "2026-12-09"),
                rule(EN, wed15, "every 2 weeks on friday water the plants", "water the plants",
                        "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "09:00", "2026-12-04"),
                rule(EN, wed15, "every tuesday and thursday at 6pm gym", "gym", "FREQ=WEEKLY;BYDAY=TU,TH", "18:00",
                        "2026-12-03"),
                rule(EN, wed15, "every 3 days water the cactus", "water the cactus", "FREQ=DAILY;INTERVAL=3", "09:00",
                        "2026-12-03"),
                rule(EN, wed15, "every other day at 8pm stretch", "stretch", "FREQ=DAILY;INTERVAL=2", "20:00", "2026-12-02"),
                rule(EN, wed15, "every weekend at 10 run", "run", "FREQ=WEEKLY;BYDAY=SA,SU", "10:00", "2026-12-05"),
                rule(EN, wed15, "every week call grandma", "call grandma", "FREQ=WEEKLY", "09:00", "2026-12-03"),
                rule(EN, wed15, "every month pay rent", "pay rent", "FREQ=MONTHLY", "09:00", "2026-12-03"),
                rule(EN, wed15, "every month on the 1st pay rent", "pay rent", "FREQ=MONTHLY;BYMONTHDAY=1", "09:00",
                        "2027-01-01"),
                rule(EN, wed15, "remind me to pay rent every month on the 1st at 9am", "pay rent",
                        "FREQ=MONTHLY;BYMONTHDAY=1", "09:00", "2027-01-01"),
                rule(EN, wed15, "every weekday morning at 7:45 meds", "meds", WEEKDAYS, "07:45", "2026-12-03"),
                rule(EN, wed15, "every Friday at 5pm review the week", "review the week", "FREQ=WEEKLY;BYDAY=FR", "17:00",
                        "2026-12-04"),
                rule(EN, wed15, "remind me to take out the trash every tuesday", "take out the trash",
                        "FREQ=WEEKLY;BYDAY=TU", "09:00", "2026-12-08"),
                rule(FR, wed15, "tous les mardis à 18h yoga", "yoga", "FREQ=WEEKLY;BYDAY=TU", "18:00", "2026-12-08"),
                rule(FR, wed15, "chaque matin à 7h méditer", "méditer", "FREQ=DAILY", "07:00", "2026-12-03"),
                rule(FR, wed15, "tous les lundis soir appeler mamie", "appeler mamie", "FREQ=WEEKLY;BYDAY=MO", "20:00",
                        "2026-12-07"),
                rule(FR, wed15, "tous les jours à 8h prendre mes médicaments", "prendre mes médicaments", "FREQ=DAILY",
                        "08:00", "2026-12-03"),
                rule(FR, wed15, "rappelle-moi tous les jours à 20h de prendre mes médicaments", "prendre mes médicaments",
                        "FREQ=DAILY", "20:00", "2026-12-02"),
                rule(FR, wed15, "tout les jours a 8h marcher", "marcher", "FREQ=DAILY", "08:00", "2026-12-03"),
                rule(FR, wed15, "chaque jour à 18h30 méditer", "méditer", "FREQ=DAILY", "18:30", "2026-12-02"),
                rule(FR, wed15, "tous les soirs à 22h lire", "lire", "FREQ=DAILY", "22:00", "2026-12-02"),
                rule(FR, wed15, "tous les matins boire de l'eau", "boire de l'eau", "FREQ=DAILY", "09:00", "2026-12-03"),
                rule(FR, wed15, "chaque lundi sortir les poubelles", "sortir les poubelles", "FREQ=WEEKLY;BYDAY=MO",
                        "09:00", "2026-12-07"),
                rule(FR, wed15, "tous les lundis et jeudis à 19h sport", "sport", "FREQ=WEEKLY;BYDAY=MO,TH", "19:00",
                        "2026-12-03"),
                rule(FR, wed15, "en semaine à 8h prendre le bus", "prendre le bus", WEEKDAYS, "08:00", "2026-12-03"),
                rule(FR, wed15, "du lundi au vendredi à 7h30 prendre le train", "prendre le train", WEEKDAYS, "07:30",
                        "2026-12-03"),
                rule(FR, wed15, "un mercredi sur deux à 17h cours de piano", "cours de piano",
                        "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "17:00", "2026-12-02"),
                rule(FR, wed15, "toutes les deux semaines le vendredi arroser", "arroser",
                        "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "09:00", "2026-12-04"),
                rule(FR, wed15, "tous les 3 jours arroser le cactus", "arroser le cactus", "FREQ=DAILY;INTERVAL=3",
                        "09:00", "2026-12-03"),
                rule(FR, wed15, "le week-end à 10h courir", "courir", "FREQ=WEEKLY;BYDAY=SA,SU", "10:00", "2026-12-05"),
                rule(FR, wed15, "tous les mois payer le loyer", "payer le loyer", "FREQ=MONTHLY", "09:00", "2026-12-03"),
                rule(FR, wed15, "tous les mois le 15 payer le loyer", "payer le loyer", "FREQ=MONTHLY;BYMONTHDAY=15",
                        "09:00", "2026-12-15"),
                rule(FR, wed15, "chaque mois le 1er à 8h payer le loyer", "payer le loyer", "FREQ=MONTHLY;BYMONTHDAY=1",
                        "08:00", "2027-01-01"),
                rule(FR, NEW_YORK_WEDNESDAY_21H, "chaque soir à 22h lire", "lire", "FREQ=DAILY", "22:00", "2026-12-02"),
                rule(EN, NEW_YORK_WEDNESDAY_21H, "every day at 8 walk the dog", "walk the dog", "FREQ=DAILY", "08:00",
                        "2026-12-03"),
                rule(EN, PARIS_SPRING_FORWARD, "every day at 2:30am back up", "back up", "FREQ=DAILY", "02:30",
                        "2026-03-29"),
                rule(EN, NEW_YORK_FALL_BACK, "every day at 1:30am back up", "back up", "FREQ=DAILY", "01:30",
                        "2026-11-01"));
    }

    @ParameterizedTest(name = "[{0}] {2} at {1}")
    @MethodSource("recurring")
    void a_repetition_is_an_rrule_with_its_local_time_and_first_date(Language language, Moment now, String message,
            String text, String rrule, String localTime, String firstDate) {
        assertThat(Phrasings.understand(language, message, now))
                .isEqualTo(new RemindRecurring(text, rrule, LocalTime.parse(localTime), LocalDate.parse(firstDate)));
    }

    private static Arguments rule(Language language, Moment now, String message, String text, String rrule,
            String localTime, String firstDate) {
        return Arguments.of(language, now, message, text, rrule, localTime, firstDate);
    }
}
