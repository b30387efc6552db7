package org.tdah.assistant.application.assistant.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.assistant.UnderstandingFailedException;
import org.tdah.assistant.application.assistant.Utterance;
import org.tdah.assistant.application.assistant.port.Understanding;
import org.tdah.assistant.domain.assistant.Intent;
import org.tdah.assistant.domain.assistant.Intent.Capture;
import org.tdah.assistant.domain.assistant.Intent.Done;
import org.tdah.assistant.domain.assistant.Intent.ListToday;
import org.tdah.assistant.domain.assistant.Intent.NeedsTime;
import org.tdah.assistant.domain.assistant.Intent.RemindOnce;
import org.tdah.assistant.domain.assistant.Intent.RemindRecurring;
import org.tdah.assistant.domain.assistant.Intent.Snooze;
import org.tdah.assistant.domain.assistant.SnoozeLength;
import org.tdah.assistant.domain.identity.Language;

/**
 * The rules answer first; the model is asked only for free-form messages, and its intent is kept
 * only when the rules could have given it. The model here is a scripted {@link Understanding}.
 */
class RulesFirstUnderstandingTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Tuesday 5 January 2027, 15:00 in Paris. */
    private static final Instant NOW = Instant.parse("2027-01-05T14:00:00Z");
    private static final String FREE_FORM = "that dentist stuff is bugging me again";

    private final ScriptedModel model = new ScriptedModel();
    private final RulesFirstUnderstanding understanding = new RulesFirstUnderstanding(new RuleBasedUnderstanding(), model);

    @Test
    void a_command_is_answered_by_the_rules_without_asking_the_model() {
        model.answer(new Done(Optional.of(3)));

        assertThat(understanding.understand(utterance("today"))).isEqualTo(new ListToday());
        assertThat(model.asked).isEmpty();
    }

    @Test
    void an_explicit_capture_is_answered_by_the_rules_without_asking_the_model() {
        model.answer(new ListToday());

        assertThat(understanding.understand(utterance("todo buy milk")))
                .isEqualTo(new Capture(List.of("buy milk"), false));
        assertThat(model.asked).isEmpty();
    }

    @Test
    void a_free_form_message_is_given_to_the_model_and_its_valid_intent_is_the_answer() {
        RemindOnce proposed = new RemindOnce("dentist", ZonedDateTime.of(2027, 1, 8, 14, 0, 0, 0, PARIS));
        model.answer(proposed);

        Utterance utterance = utterance(FREE_FORM);
        assertThat(understanding.understand(utterance)).isEqualTo(proposed);
        assertThat(model.asked).containsExactly(utterance);
    }

    @Test
    void a_failing_model_leaves_the_answer_to_the_rules() {
        model.fail(new UnderstandingFailedException("the language model did not answer within 2 seconds"));

        assertThat(understanding.understand(utterance(FREE_FORM))).isEqualTo(rulesAnswer(FREE_FORM));
        assertThat(model.asked).hasSize(1);
    }

    @Test
    void a_model_that_breaks_in_any_other_way_leaves_the_answer_to_the_rules() {
        model.fail(new IllegalStateException("broken"));

        assertThat(understanding.understand(utterance(FREE_FORM))).isEqualTo(rulesAnswer(FREE_FORM));
    }

    @Test
    void a_model_that_answers_nothing_leaves_the_answer_to_the_rules() {
        model.answer(null);

        assertThat(understanding.understand(utterance(FREE_FORM))).isEqualTo(rulesAnswer(FREE_FORM));
    }

    @Test
    void a_reminder_in_the_past_is_refused() {
        model.answer(new RemindOnce("dentist", ZonedDateTime.of(2027, 1, 5, 14, 59, 0, 0, PARIS)));

        assertThat(understanding.understand(utterance(FREE_FORM))).isEqualTo(rulesAnswer(FREE_FORM));
    }

    @Test
    void a_reminder_at_the_very_moment_of_the_message_is_kept() {
        RemindOnce proposed = new RemindOnce("dentist", NOW.atZone(PARIS));
        model.answer(proposed);

        assertThat(understanding.understand(utterance(FREE_FORM))).isEqualTo(proposed);
    }

    @Test
    void a_reminder_in_another_zone_than_the_persons_is_refused() {
        model.answer(new RemindOnce("dentist", ZonedDateTime.of(2027, 1, 8, 14, 0, 0, 0, ZoneId.of("UTC"))));

        assertThat(understanding.understand(utterance(FREE_FORM))).isEqualTo(rulesAnswer(FREE_FORM));
    }

    @Test
    void a_snooze_until_a_time_gone_is_refused() {
        model.answer(new Snooze(Optional.empty(), new SnoozeLength.Until(ZonedDateTime.of(2027, 1, 5, 9, 0, 0, 0, PARIS))));

        assertThat(understanding.understand(utterance(FREE_FORM))).isEqualTo(rulesAnswer(FREE_FORM));
    }

    @Test
    void a_snooze_until_a_time_ahead_is_kept() {
        Snooze proposed = new Snooze(Optional.of(2), new SnoozeLength.Until(ZonedDateTime.of(2027, 1, 5, 17, 0, 0, 0, PARIS)));
        model.answer(proposed);

        assertThat(understanding.understand(utterance(FREE_FORM))).isEqualTo(proposed);
    }

    @Test
    void a_recurring_reminder_whose_first_occurrence_is_gone_is_refused() {
        model.answer(new RemindRecurring("water the plants", "FREQ=DAILY", LocalTime.of(8, 0), LocalDate.of(2027, 1, 5)));

        assertThat(understanding.understand(utterance(FREE_FORM))).isEqualTo(rulesAnswer(FREE_FORM));
    }

    @Test
    void a_recurring_reminder_that_starts_ahead_is_kept() {
        RemindRecurring proposed = new RemindRecurring("water the plants", "FREQ=DAILY", LocalTime.of(8, 0),
                LocalDate.of(2027, 1, 6));
        model.answer(proposed);

        assertThat(understanding.understand(utterance(FREE_FORM))).isEqualTo(proposed);
    }

    @Test
    void a_title_longer_than_a_person_may_write_is_refused() {
        model.answer(new Capture(List.of("dentist", "x".repeat(501)), true));

        assertThat(understanding.understand(utterance(FREE_FORM))).isEqualTo(rulesAnswer(FREE_FORM));
    }

    @Test
    void a_reminder_text_without_a_visible_character_is_refused() {
        model.answer(new NeedsTime("\u200B"));

        assertThat(understanding.understand(utterance(FREE_FORM))).isEqualTo(rulesAnswer(FREE_FORM));
    }

    @Test
    void the_rules_read_the_answer_to_a_pending_question_before_any_model() {
        model.answer(new ListToday());
        Utterance answer = new Utterance("4pm", Language.EN, PARIS, NOW, Optional.of(new NeedsTime("call mom")));

        assertThat(understanding.understand(answer))
                .isEqualTo(new RemindOnce("call mom", ZonedDateTime.of(2027, 1, 5, 16, 0, 0, 0, PARIS)));
        assertThat(model.asked).isEmpty();
    }

    private static Utterance utterance(String text) {
        return new Utterance(text, Language.EN, PARIS, NOW, Optional.empty());
    }

    private static Intent rulesAnswer(String text) {
        Intent intent = new RuleBasedUnderstanding().understand(utterance(text));
        assertThat(intent).as("the rules read %s as a free-form message", text)
                .isEqualTo(new Capture(List.of(text), true));
        return intent;
    }

    /** A model that answers, or fails, as the test says, and remembers what it was asked. */
    private static final class ScriptedModel implements Understanding {
        private final List<Utterance> asked = new ArrayList<>();
        private Intent answer;
        private RuntimeException failure;

        void answer(Intent intent) {
            this.answer = intent;
        }

        void fail(RuntimeException exception) {
            this.failure = exception;
        }

        @Override
        public Intent understand(Utterance utterance) {
            asked.add(utterance);
            if (failure != null) {
                throw failure;
            }
            return answer;
        }
    }
}
