package org.tdah.assistant.application.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.assistant.Intent.Capture;
import org.tdah.assistant.domain.assistant.Intent.Help;
import org.tdah.assistant.domain.assistant.Intent.ListToday;
import org.tdah.assistant.domain.identity.Language;

/** The two understandings a composition can ask the assistant context for. */
class UnderstandingsTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2027-01-05T14:00:00Z");

    @Test
    void the_rules_alone_keep_a_free_form_message_as_a_task() {
        assertThat(Understandings.rules().understand(utterance("that dentist stuff is bugging me again")))
                .isEqualTo(new Capture(List.of("that dentist stuff is bugging me again"), true));
    }

    @Test
    void the_rules_first_ask_the_model_for_a_free_form_message_only() {
        var understanding = Understandings.rulesFirst(utterance -> new Help());

        assertThat(understanding.understand(utterance("that dentist stuff is bugging me again"))).isEqualTo(new Help());
        assertThat(understanding.understand(utterance("today"))).isEqualTo(new ListToday());
    }

    private static Utterance utterance(String text) {
        return new Utterance(text, Language.EN, PARIS, NOW, Optional.empty());
    }
}
