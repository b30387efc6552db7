package org.tdah.assistant.application.assistant.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.assistant.Utterance;
import org.tdah.assistant.domain.assistant.Intent.Capture;
import org.tdah.assistant.domain.assistant.Intent.NeedsText;
import org.tdah.assistant.domain.assistant.Intent.NeedsTime;
import org.tdah.assistant.domain.assistant.Intent.RemindOnce;
import org.tdah.assistant.domain.identity.Language;

/** The rule-based port reads a new message as a message, and an answer to a question as its answer. */
class RuleBasedUnderstandingTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2027-01-05T14:00:00Z");

    private final RuleBasedUnderstanding understanding = new RuleBasedUnderstanding();

    @Test
    void a_new_message_is_read_in_the_persons_zone_and_moment() {
        assertThat(understanding.understand(new Utterance("rappelle-moi d'appeler maman à 17h", Language.FR, PARIS, NOW,
                Optional.empty())))
                .isEqualTo(new RemindOnce("appeler maman", ZonedDateTime.of(2027, 1, 5, 17, 0, 0, 0, PARIS)));
    }

    @Test
    void a_message_that_answers_a_question_for_a_time_completes_the_reminder() {
        assertThat(understanding.understand(new Utterance("4pm", Language.EN, PARIS, NOW,
                Optional.of(new NeedsTime("call mom")))))
                .isEqualTo(new RemindOnce("call mom", ZonedDateTime.of(2027, 1, 5, 16, 0, 0, 0, PARIS)));
    }

    @Test
    void a_message_that_answers_a_question_for_a_text_completes_the_reminder() {
        RemindOnce draft = new RemindOnce("", ZonedDateTime.of(2027, 1, 5, 16, 0, 0, 0, PARIS));

        assertThat(understanding.understand(new Utterance("call mom", Language.EN, PARIS, NOW,
                Optional.of(new NeedsText(draft)))))
                .isEqualTo(draft.withText("call mom"));
    }

    @Test
    void the_same_words_without_a_question_are_a_task() {
        assertThat(understanding.understand(new Utterance("call mom", Language.EN, PARIS, NOW, Optional.empty())))
                .isEqualTo(new Capture(List.of("call mom"), true));
    }
}
