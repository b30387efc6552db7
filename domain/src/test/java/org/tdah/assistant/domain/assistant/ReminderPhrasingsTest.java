package org.tdah.assistant.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.domain.assistant.Phrasings.NEW_YORK_EVE_OF_FALL_BACK;
import static org.tdah.assistant.domain.assistant.Phrasings.NEW_YORK_FALL_BACK;
import static org.tdah.assistant.domain.assistant.Phrasings.NEW_YORK_WEDNESDAY_21H;
import static org.tdah.assistant.domain.assistant.Phrasings.PARIS_EVE_OF_SPRING_FORWARD;
import static org.tdah.assistant.domain.assistant.Phrasings.PARIS_SPRING_FORWARD;
import static org.tdah.assistant.domain.assistant.Phrasings.PARIS_WEDNESDAY_0730;
import static org.tdah.assistant.domain.assistant.Phrasings.PARIS_WEDNESDAY_15H;
import static org.tdah.assistant.domain.assistant.Phrasings.PARIS_WEDNESDAY_17H;
import static org.tdah.assistant.domain.identity.Language.EN;
import static org.tdah.assistant.domain.identity.Language.FR;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tdah.assistant.domain.assistant.Intent.RemindOnce;
import org.tdah.assistant.domain.assistant.Phrasings.Moment;
import org.tdah.assistant.domain.identity.Language;

class ReminderPhrasingsTest {

    static Stream<Arguments> reminders() {
        Moment wed15 = PARIS_WEDNESDAY_15H;
        Moment wed17 = PARIS_WEDNESDAY_17H;
        Moment wed0730 = PARIS_WEDNESDAY_0730;
        Moment ny21 = NEW_YORK_WEDNESDAY_21H;
        return Stream.of(
                // English, Wednesday 15:00 in Paris
                once(EN, wed15, "remind me to take my meds at 8pm", "take my meds", "2026-12-02T20:00"),
                once(EN, wed15, "remind me to call the pharmacy at 4", "call the pharmacy", "2026-12-02T16:00"),
                once(EN, wed15, "Remind Me To Call Mom At 4PM!!!", "Call Mom", "2026-12-02T16:00"),
                once(EN, wed15, "  remind   me to   call mom   at 4 .", "call mom", "2026-12-02T16:00"),
                once(EN, wed15, "remind me to call mom at 4 o'clock", "call mom", "2026-12-02T16:00"),
                once(EN, wed15, "remind me at 8 to run", "run", "2026-12-02T20:00"),
                once(EN, wed15, "remind me at 11 to sleep", "sleep", "2026-12-02T23:00"),
                once(EN, wed15, "remind me at 3 to call", "call", "2026-12-03T15:00"),
                once(EN, wed15, "remind me at 2:30am to check the boiler", "check the boiler", "2026-12-03T02:30"),
                once(EN, wed15, "remind me to leave at 5 p.m.", "leave", "2026-12-02T17:00"),
                once(EN, wed15, "remind me at 5:45pm to leave", "leave", "2026-12-02T17:45"),
                once(EN, wed15, "remind me at 5.45 to leave", "leave", "2026-12-02T17:45"),
                once(EN, wed15, "remind me at 20:00 to cook", "cook", "2026-12-02T20:00"),
                once(EN, wed15, "remind me to cook at 07:00", "cook", "2026-12-03T07:00"),
                once(EN, wed15, "remind me at 7 in the morning to wake up", "wake up", "2026-12-03T07:00"),
                once(EN, wed15, "remind me in 20 min to stretch", "stretch", "2026-12-02T15:20"),
                once(EN, wed15, "remind me to stretch in 20 mins", "stretch", "2026-12-02T15:20"),
                once(EN, wed15, "remind me to stretch in 20min", "stretch", "2026-12-02T15:20"),
                once(EN, wed15, "remind me to stretch in 2 hours", "stretch", "2026-12-02T17:00"),
                once(EN, wed15, "remind me to stretch in 1h30", "stretch", "2026-12-02T16:30"),
                once(EN, wed15, "remind me in an hour to eat", "eat", "2026-12-02T16:00"),
                once(EN, wed15, "remind me in half an hour to eat", "eat", "2026-12-02T15:30"),
                once(EN, wed15, "remind me in 2 days to pay the rent", "pay the rent", "2026-12-04T15:00"),
                once(EN, wed15, "remind me tomorrow 9am to call the bank", "call the bank", "2026-12-03T09:00"),
                once(EN, wed15, "tomorrow 9am dentist", "dentist", "2026-12-03T09:00"),
                once(EN, wed15, "remind me tomorrow at 8 to run", "run", "2026-12-03T08:00"),
                once(EN, wed15, "remind me tomorrow at 4 to run", "run", "2026-12-03T16:00"),
                once(EN, wed15, "remind me tomorrow to water the plants", "water the plants", "2026-12-03T09:00"),
                once(EN, wed15, "remind me to pay rent tonight", "pay rent", "2026-12-02T20:00"),
                once(EN, wed15, "remind me tonight at 9 to read", "read", "2026-12-02T21:00"),
                once(EN, wed15, "remind me on friday at 3pm to call Bob", "call Bob", "2026-12-04T15:00"),
                once(EN, wed15, "remind me friday morning to call", "call", "2026-12-04T09:00"),
                once(EN, wed15, "remind me next friday to call", "call", "2026-12-04T09:00"),
                once(EN, wed15, "remind me to pay rent on monday", "pay rent", "2026-12-07T09:00"),
                once(EN, wed15, "remind me on wednesday at 10 to call", "call", "2026-12-09T10:00"),
                once(EN, wed15, "remind me at noon to eat", "eat", "2026-12-03T12:00"),
                once(EN, wed15, "remind me at midnight to sleep", "sleep", "2026-12-03T00:00"),
                once(EN, wed15, "remind me this afternoon to nap", "nap", "2026-12-02T16:00"),
                once(EN, wed15, "remind me in the morning to shower", "shower", "2026-12-03T09:00"),
                once(EN, wed15, "remind me the day after tomorrow to call", "call", "2026-12-04T09:00"),
                once(EN, wed15, "can you remind me to buy stamps at 5", "buy stamps", "2026-12-02T17:00"),
                once(EN, wed15, "please remind me to buy stamps at 5", "buy stamps", "2026-12-02T17:00"),
                once(EN, wed15, "don't forget to buy stamps at 5", "buy stamps", "2026-12-02T17:00"),
                once(EN, wed15, "reminder: buy stamps at 5", "buy stamps", "2026-12-02T17:00"),
                once(EN, wed15, "call mom at 4", "call mom", "2026-12-02T16:00"),
                once(EN, wed15, "dentist appointment tomorrow at 10:30", "dentist appointment", "2026-12-03T10:30"),
                once(EN, wed15, "meeting with bob monday", "meeting with bob", "2026-12-07T09:00"),
                once(EN, wed15, "at 4pm call the vet", "call the vet", "2026-12-02T16:00"),
                once(EN, wed15, "set a reminder for 5pm to call mom", "call mom", "2026-12-02T17:00"),
                once(EN, wed15, "remind me next week to pay", "pay", "2026-12-07T09:00"),
                once(EN, wed15, "remind me sunday at 6pm to plan the week", "plan the week", "2026-12-06T18:00"),
                once(EN, wed15, "in 30 minutes check laundry", "check laundry", "2026-12-02T15:30"),
                once(EN, wed15, "remind me tomorrow morning at 10 to call", "call", "2026-12-03T10:00"),
                // typos and missing punctuation
                once(EN, wed15, "rmeind me to call mom tomorow at 5", "call mom", "2026-12-03T17:00"),
                once(EN, wed15, "remnid me in 10 mintues to check the oven", "check the oven", "2026-12-02T15:10"),
                once(EN, wed15, "remind me tommorrow to water the plants", "water the plants", "2026-12-03T09:00"),
                once(EN, wed15, "remidn me to call at 6", "call", "2026-12-02T18:00"),
                once(EN, wed15, "remind me on firday at 3pm to call", "call", "2026-12-04T15:00"),
                once(EN, wed15, "remind me in 5 minuts to breathe", "breathe", "2026-12-02T15:05"),
                once(EN, wed15, "remind me tonite to read", "read", "2026-12-02T20:00"),
                // "at 4" once 4 PM has passed, and other hours of the day
                once(EN, wed17, "remind me to call the pharmacy at 4", "call the pharmacy", "2026-12-03T16:00"),
                once(EN, wed17, "remind me at 8 to read", "read", "2026-12-02T20:00"),
                once(EN, wed17, "remind me at noon to eat", "eat", "2026-12-03T12:00"),
                once(EN, wed0730, "remind me at 8 to leave", "leave", "2026-12-02T08:00"),
                once(EN, wed0730, "remind me at 4 to call", "call", "2026-12-02T16:00"),
                once(EN, wed0730, "remind me at noon to eat", "eat", "2026-12-02T12:00"),
                once(EN, wed0730, "remind me this morning to email", "email", "2026-12-02T09:00"),
                once(EN, wed0730, "remind me today at 9 to email", "email", "2026-12-02T09:00"),
                once(EN, ny21, "remind me at 8 to walk the dog", "walk the dog", "2026-12-03T08:00"),
                once(EN, ny21, "remind me at 11 to sleep", "sleep", "2026-12-02T23:00"),
                once(EN, ny21, "remind me tonight to lock the door", "lock the door", "2026-12-02T22:00"),
                once(EN, ny21, "remind me in 45 minutes to lock the door", "lock the door", "2026-12-02T21:45"),
                once(EN, ny21, "remind me at 9 to stretch", "stretch", "2026-12-03T09:00"),
                once(EN, ny21, "remind me tmrw at 9 30 to go", "go", "2026-12-03T09:30"),
                once(EN, ny21, "Remind me: call mom @ 5pm", "call mom", "2026-12-03T17:00"),
                once(EN, ny21, "rememebr to call mom at 5", "call mom", "2026-12-03T17:00"),
                once(FR, ny21, "rappelle moi dans un quart d'heure de partir", "partir", "2026-12-02T21:15"),
                once(FR, ny21, "rappele moi demain a 9h de partir", "partir", "2026-12-03T09:00"),
                // French, mercredi 15h à Paris
                once(FR, wed15, "rappelle-moi d'appeler maman à 18h", "appeler maman", "2026-12-02T18:00"),
                once(FR, wed15, "rappelle moi d appeler maman a 18h", "appeler maman", "2026-12-02T18:00"),
                once(FR, wed15, "Rappelle-moi d’appeler Maman à 18h !", "appeler Maman", "2026-12-02T18:00"),
                once(FR, wed15, "rappelle moi de boire de l'eau dans 20 minutes", "boire de l'eau", "2026-12-02T15:20"),
                once(FR, wed15, "rappelle-moi dans une heure de manger", "manger", "2026-12-02T16:00"),
                once(FR, wed15, "rappelle-moi dans une demi-heure de manger", "manger", "2026-12-02T15:30"),
                once(FR, wed15, "rappelle moi dans 2h de manger", "manger", "2026-12-02T17:00"),
                once(FR, wed15, "rappelle-moi demain à 9h de sortir les poubelles", "sortir les poubelles", "2026-12-03T09:00"),
                once(FR, wed15, "rappelle moi demian a 18h d'appeler le medecin", "appeler le medecin", "2026-12-03T18:00"),
                once(FR, wed15, "rappelle moi lundi à 10h30 d'envoyer le dossier", "envoyer le dossier", "2026-12-07T10:30"),
                once(FR, wed15, "rappelle-moi ce soir de lire", "lire", "2026-12-02T20:00"),
                once(FR, wed15, "rappelle moi ce soir à 9h de lire", "lire", "2026-12-02T21:00"),
                once(FR, wed15, "rappelle moi a midi de manger", "manger", "2026-12-03T12:00"),
                once(FR, wed15, "rappelle moi à minuit de dormir", "dormir", "2026-12-03T00:00"),
                once(FR, wed15, "rappelle moi à 8h du matin de courir", "courir", "2026-12-03T08:00"),
                once(FR, wed15, "rappelle moi à 8h de courir", "courir", "2026-12-03T08:00"),
                once(FR, wed15, "rappelle moi à 4h de courir", "courir", "2026-12-02T16:00"),
                once(FR, wed15, "rappelle moi à 4 de courir", "courir", "2026-12-02T16:00"),
                once(FR, wed15, "rappelle moi de me lever à 7h du matin", "me lever", "2026-12-03T07:00"),
                once(FR, wed15, "rappelle-moi à 20h30 de cuisiner", "cuisiner", "2026-12-02T20:30"),
                once(FR, wed15, "rappelle-moi à 20 h 30 de cuisiner", "cuisiner", "2026-12-02T20:30"),
                once(FR, wed15, "rappelle-moi à 20:30 de cuisiner", "cuisiner", "2026-12-02T20:30"),
                once(FR, wed15, "rappelle moi à 8 heures de partir", "partir", "2026-12-03T08:00"),
                once(FR, wed15, "rappelle-moi vendredi prochain de payer", "payer", "2026-12-04T09:00"),
                once(FR, wed15, "rappelle moi demain matin d'appeler le garage", "appeler le garage", "2026-12-03T09:00"),
                once(FR, wed15, "rappelle moi demain soir d'appeler papa", "appeler papa", "2026-12-03T20:00"),
                once(FR, wed15, "rappelle moi apres-demain d'appeler", "appeler", "2026-12-04T09:00"),
                once(FR, wed15, "rappelle moi cet après-midi de dormir", "dormir", "2026-12-02T16:00"),
                once(FR, wed15, "rappelle moi à 3h de l'après-midi de dormir", "dormir", "2026-12-03T15:00"),
                once(FR, wed15, "rappelle moi à 9h du soir de dormir", "dormir", "2026-12-02T21:00"),
                once(FR, wed15, "rapelle moi de manger a 13h", "manger", "2026-12-03T13:00"),
                once(FR, wed15, "rappelles moi de payer le loyer samedi", "payer le loyer", "2026-12-05T09:00"),
                once(FR, wed15, "rdv chez le dentiste demain à 10h", "rdv chez le dentiste", "2026-12-03T10:00"),
                once(FR, wed15, "appeler maman à 18h", "appeler maman", "2026-12-02T18:00"),
                once(FR, wed15, "n'oublie pas d'acheter du pain à 17h", "acheter du pain", "2026-12-02T17:00"),
                once(FR, wed15, "fais-moi penser à appeler Léa dans 10 min", "appeler Léa", "2026-12-02T15:10"),
                once(FR, wed15, "rappelle moi dans 5 mintues de respirer", "respirer", "2026-12-02T15:05"),
                once(FR, wed15, "rappelle-moi la semaine prochaine de payer", "payer", "2026-12-07T09:00"),
                once(FR, wed15, "rappel dentiste demain 10h", "dentiste", "2026-12-03T10:00"),
                once(FR, wed15, "dentiste mardi à 15h", "dentiste", "2026-12-08T15:00"),
                once(FR, wed15, "rappelle-moi à 19 heures de cuisiner", "cuisiner", "2026-12-02T19:00"),
                once(FR, wed15, "rappelle-moi dans 3 jours de rappeler Paul", "rappeler Paul", "2026-12-05T15:00"),
                once(FR, wed17, "rappelle moi à 4h d'appeler la pharmacie", "appeler la pharmacie", "2026-12-03T16:00"),
                once(FR, wed0730, "rappelle moi à 8h de partir", "partir", "2026-12-02T08:00"),
                once(FR, wed0730, "rappelle moi ce matin d'écrire", "écrire", "2026-12-02T09:00"),
                once(FR, ny21, "rappelle moi ce soir de fermer la porte", "fermer la porte", "2026-12-02T22:00"),
                // the language of the message wins over the usual one when it is clear
                once(FR, wed15, "remind me to call mom at 4", "call mom", "2026-12-02T16:00"),
                once(EN, wed15, "rappelle-moi d'appeler maman à 18h", "appeler maman", "2026-12-02T18:00"),
                once(EN, wed15, "rappelle moi demain à 9h de sortir", "sortir", "2026-12-03T09:00"),
                // the days around a clock change
                once(EN, PARIS_SPRING_FORWARD, "remind me at 2:30am to check the boiler", "check the boiler",
                        "2026-03-29T03:30"),
                once(FR, PARIS_SPRING_FORWARD, "rappelle moi à 2h30 du matin de vérifier", "vérifier", "2026-03-29T03:30"),
                once(EN, PARIS_SPRING_FORWARD, "remind me in 1 hour to stretch", "stretch", "2026-03-29T03:30"),
                once(EN, PARIS_SPRING_FORWARD, "remind me at 3 to call", "call", "2026-03-29T15:00"),
                once(EN, PARIS_SPRING_FORWARD, "remind me tomorrow at 9 to call", "call", "2026-03-30T09:00"),
                once(EN, PARIS_EVE_OF_SPRING_FORWARD, "remind me tomorrow at 9 to call", "call", "2026-03-29T09:00"),
                once(EN, PARIS_EVE_OF_SPRING_FORWARD, "remind me in 8 hours to wake up", "wake up", "2026-03-29T07:00"),
                once(FR, PARIS_EVE_OF_SPRING_FORWARD, "rappelle moi demain à 2h30 de dormir", "dormir", "2026-03-29T14:30"),
                once(EN, NEW_YORK_FALL_BACK, "remind me at 1:30am to check the boiler", "check the boiler",
                        "2026-11-01T01:30"),
                once(EN, NEW_YORK_FALL_BACK, "remind me at 1:30 to call", "call", "2026-11-01T13:30"),
                once(EN, NEW_YORK_FALL_BACK, "remind me tomorrow at 9 to call", "call", "2026-11-02T09:00"),
                once(EN, NEW_YORK_FALL_BACK, "remind me at 8 to read", "read", "2026-11-01T08:00"),
                once(EN, NEW_YORK_FALL_BACK, "remind me tonight to read", "read", "2026-11-01T20:00"),
                once(EN, NEW_YORK_EVE_OF_FALL_BACK, "remind me tomorrow at 9 to call", "call", "2026-11-01T09:00"),
                once(EN, NEW_YORK_EVE_OF_FALL_BACK, "remind me in 11 hours to wake up", "wake up", "2026-11-01T08:00"));
    }

    @ParameterizedTest(name = "[{0}] {2} at {1}")
    @MethodSource("reminders")
    void a_one_off_reminder_has_its_text_and_the_next_future_instant(Language language, Moment now, String message,
            String text, String expectedLocal) {
        Intent intent = Phrasings.understand(language, message, now);

        assertThat(intent).isEqualTo(new RemindOnce(text, now.local(expectedLocal)));
        assertThat(((RemindOnce) intent).at()).isAfter(now.at());
    }

    @Test
    void in_n_hours_counts_real_hours_across_a_clock_change() {
        RemindOnce springing = (RemindOnce) Phrasings.understand(EN, "remind me in 2 hours to stretch",
                PARIS_SPRING_FORWARD);
        RemindOnce falling = (RemindOnce) Phrasings.understand(EN, "remind me in 2 hours to stretch", NEW_YORK_FALL_BACK);

        assertThat(springing.at().toInstant()).isEqualTo(Instant.parse("2026-03-29T02:30:00Z"));
        assertThat(springing.at().toLocalTime()).hasToString("04:30");
        assertThat(falling.at().toInstant()).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
        assertThat(falling.at().toLocalTime()).hasToString("01:30");
    }

    @Test
    void a_local_time_that_exists_twice_is_the_earlier_and_one_that_does_not_exist_moves_forward() {
        RemindOnce twice = (RemindOnce) Phrasings.understand(EN, "remind me at 1:30am to check", NEW_YORK_FALL_BACK);
        RemindOnce missing = (RemindOnce) Phrasings.understand(EN, "remind me at 2:30am to check", PARIS_SPRING_FORWARD);

        assertThat(twice.at().toInstant()).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
        assertThat(missing.at().toInstant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    private static Arguments once(Language language, Moment now, String message, String text, String expectedLocal) {
        return Arguments.of(language, now, message, text, expectedLocal);
    }
}
