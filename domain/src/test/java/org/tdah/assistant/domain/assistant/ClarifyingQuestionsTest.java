package org.tdah.assistant.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.domain.assistant.Phrasings.PARIS_WEDNESDAY_15H;
import static org.tdah.assistant.domain.identity.Language.EN;
import static org.tdah.assistant.domain.identity.Language.FR;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tdah.assistant.domain.assistant.Intent.Capture;
import org.tdah.assistant.domain.assistant.Intent.Clarify;
import org.tdah.assistant.domain.assistant.Intent.Done;
import org.tdah.assistant.domain.assistant.Intent.ListToday;
import org.tdah.assistant.domain.assistant.Intent.NeedsText;
import org.tdah.assistant.domain.assistant.Intent.NeedsTime;
import org.tdah.assistant.domain.assistant.Intent.RemindOnce;
import org.tdah.assistant.domain.assistant.Intent.RemindRecurring;
import org.tdah.assistant.domain.assistant.Intent.Undo;
import org.tdah.assistant.domain.assistant.Phrasings.Moment;
import org.tdah.assistant.domain.identity.Language;

class ClarifyingQuestionsTest {
    private static final Moment NOW = PARIS_WEDNESDAY_15H;
    private final MessageUnderstanding understanding = new MessageUnderstanding();

    static Stream<Arguments> withoutATime() {
        return Stream.of(
                Arguments.of(EN, "remind me about the thing", "the thing"),
                Arguments.of(EN, "remind me to call the bank", "call the bank"),
                Arguments.of(EN, "remind me today to call the bank", "call the bank"),
                Arguments.of(EN, "rmind me to call the bank", "call the bank"),
                Arguments.of(FR, "rappelle-moi de prendre mes médicaments", "prendre mes médicaments"),
                Arguments.of(FR, "rappelle moi d'appeler la banque aujourd'hui", "appeler la banque"),
                Arguments.of(FR, "rapelle moi le truc", "le truc"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("withoutATime")
    void a_reminder_without_a_time_asks_when(Language language, String message, String text) {
        assertThat(Phrasings.understand(language, message, NOW)).isEqualTo(new NeedsTime(text));
    }

    static Stream<Arguments> withoutAText() {
        return Stream.of(
                Arguments.of(EN, "at 4", new RemindOnce("", NOW.local("2026-12-02T16:00"))),
                Arguments.of(EN, "in 20 min", new RemindOnce("", NOW.local("2026-12-02T15:20"))),
                Arguments.of(EN, "remind me tomorrow at 9", new RemindOnce("", NOW.local("2026-12-03T09:00"))),
                Arguments.of(FR, "dans 2h", new RemindOnce("", NOW.local("2026-12-02T17:00"))),
                Arguments.of(FR, "à 18h", new RemindOnce("", NOW.local("2026-12-02T18:00"))),
                Arguments.of(EN, "every monday", new RemindRecurring("", "FREQ=WEEKLY;BYDAY=MO", LocalTime.of(9, 0),
                        LocalDate.parse("2026-12-07"))));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("withoutAText")
    void a_time_without_a_text_asks_what_and_keeps_the_time(Language language, String message, Intent.Reminder draft) {
        assertThat(Phrasings.understand(language, message, NOW)).isEqualTo(new NeedsText(draft));
    }

    static Stream<Arguments> answersGivingTheTime() {
        return Stream.of(
                Arguments.of(EN, "4pm", "2026-12-02T16:00"),
                Arguments.of(EN, "4", "2026-12-02T16:00"),
                Arguments.of(EN, "at 4", "2026-12-02T16:00"),
                Arguments.of(EN, "in 1 hour", "2026-12-02T16:00"),
                Arguments.of(EN, "tomorrow", "2026-12-03T09:00"),
                Arguments.of(EN, "tomorow 9am", "2026-12-03T09:00"),
                Arguments.of(EN, "tonight", "2026-12-02T20:00"),
                Arguments.of(EN, "friday at noon", "2026-12-04T12:00"),
                Arguments.of(EN, "8:30", "2026-12-02T20:30"),
                Arguments.of(FR, "demain 9h", "2026-12-03T09:00"),
                Arguments.of(FR, "demain à 9h", "2026-12-03T09:00"),
                Arguments.of(FR, "18h", "2026-12-02T18:00"),
                Arguments.of(FR, "ce soir", "2026-12-02T20:00"),
                Arguments.of(FR, "dans 10 minutes", "2026-12-02T15:10"),
                Arguments.of(FR, "lundi 10h30", "2026-12-07T10:30"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("answersGivingTheTime")
    void the_next_message_answers_when(Language language, String answer, String expectedLocal) {
        Intent question = Phrasings.understand(language, language == EN ? "remind me about the thing"
                : "rappelle-moi le truc", NOW);

        Intent answered = understanding.understandAnswer((Clarify) question, answer, language, NOW.zone(), NOW.instant());

        String text = language == EN ? "the thing" : "le truc";
        assertThat(answered).isEqualTo(new RemindOnce(text, NOW.local(expectedLocal)));
    }

    @Test
    void a_repetition_answers_when_too() {
        Intent answered = understanding.understandAnswer(new NeedsTime("water the plants"), "every monday at 6pm", EN,
                NOW.zone(), NOW.instant());

        assertThat(answered).isEqualTo(new RemindRecurring("water the plants", "FREQ=WEEKLY;BYDAY=MO",
                LocalTime.of(18, 0), LocalDate.parse("2026-12-07")));
    }

    @Test
    void an_answer_that_is_still_not_a_time_asks_again_or_is_read_as_a_new_message() {
        assertThat(understanding.understandAnswer(new NeedsTime("the thing"), "today", EN, NOW.zone(), NOW.instant()))
                .isEqualTo(new NeedsTime("the thing"));
        assertThat(understanding.understandAnswer(new NeedsTime("the thing"), "never mind", EN, NOW.zone(),
                NOW.instant())).isEqualTo(new Undo());
        assertThat(understanding.understandAnswer(new NeedsTime("le truc"), "annule", FR, NOW.zone(), NOW.instant()))
                .isEqualTo(new Undo());
    }

    @Test
    void the_next_message_answers_what() {
        NeedsText question = (NeedsText) Phrasings.understand(EN, "at 4", NOW);

        assertThat(understanding.understandAnswer(question, "to call the pharmacy", EN, NOW.zone(), NOW.instant()))
                .isEqualTo(new RemindOnce("call the pharmacy", NOW.local("2026-12-02T16:00")));
        assertThat(understanding.understandAnswer(question, "appeler la pharmacie", FR, NOW.zone(), NOW.instant()))
                .isEqualTo(new RemindOnce("appeler la pharmacie", NOW.local("2026-12-02T16:00")));
        assertThat(understanding.understandAnswer(question, "undo", EN, NOW.zone(), NOW.instant()))
                .isEqualTo(new Undo());
    }

    @Test
    void a_whole_new_reminder_is_not_taken_for_the_answer() {
        assertThat(understanding.understandAnswer(new NeedsTime("pay rent"), "rmeind me to call mom tomorow at 5", EN,
                NOW.zone(), NOW.instant())).isEqualTo(new RemindOnce("call mom", NOW.local("2026-12-03T17:00")));
        NeedsText question = (NeedsText) Phrasings.understand(EN, "in 1 hour", NOW);
        assertThat(understanding.understandAnswer(question, "pick up kids at 5pm", EN, NOW.zone(), NOW.instant()))
                .isEqualTo(new RemindOnce("pick up kids", NOW.local("2026-12-02T17:00")));
        assertThat(understanding.understandAnswer(new NeedsTime("payer le loyer"), "ajoute acheter du pain", FR,
                NOW.zone(), NOW.instant())).isEqualTo(new Capture(List.of("acheter du pain"), false));
    }

    @Test
    void a_done_or_a_list_said_in_other_words_is_understood() {
        assertThat(Phrasings.understand(EN, "I finished 3", NOW)).isEqualTo(new Done(Optional.of(3)));
        assertThat(Phrasings.understand(EN, "show my tasks", NOW)).isEqualTo(new ListToday());
        assertThat(Phrasings.understand(FR, "j'ai terminé", NOW)).isEqualTo(new Done(Optional.empty()));
    }

    @Test
    void politeness_alone_is_acknowledged_and_never_kept_as_a_task() {
        for (String thanks : List.of("thanks", "ok", "Thank you!", "ok thx")) {
            assertThat(Phrasings.understand(EN, thanks, NOW)).as(thanks).isEqualTo(new Intent.Acknowledge());
        }
        assertThat(Phrasings.understand(FR, "merci", NOW)).isEqualTo(new Intent.Acknowledge());
    }

    @Test
    void a_reminder_without_a_time_answers_what_to_remind_about() {
        NeedsText question = (NeedsText) Phrasings.understand(FR, "à 17h", NOW);
        assertThat(understanding.understandAnswer(question, "rappelle moi de payer le loyer", FR, NOW.zone(),
                NOW.instant())).isEqualTo(new RemindOnce("payer le loyer", NOW.local("2026-12-02T17:00")));
    }
}
