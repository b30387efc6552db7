package org.tdah.assistant.domain.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tdah.assistant.domain.shared.InvalidInputException;

class MessageBodyTest {

    @Test
    void a_body_counts_characters_not_utf16_units_up_to_4000() {
        String emoji = "🦄".repeat(4000);

        assertThat(new MessageBody(emoji).value()).isEqualTo(emoji);
        assertThatThrownBy(() -> new MessageBody(emoji + "🦄")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new MessageBody("a".repeat(4001))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_body_is_kept_exactly_as_written() {
        assertThat(new MessageBody("  Café\n\tdemain ?  ").value()).isEqualTo("  Café\n\tdemain ?  ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t\r", "\u0007\u001b", "\u200b\u200d", "\u00a0", "x\u0000", "\ud800x"})
    void an_empty_invisible_nul_or_broken_body_is_refused_under_body(String body) {
        assertThatThrownBy(() -> new MessageBody(body))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.errors()).allMatch(error -> error.field().equals("body")));
    }

    @Test
    void a_title_is_trimmed_and_at_most_200_characters() {
        assertThat(new ConversationTitle("  Courses ").value()).isEqualTo("Courses");
        assertThatThrownBy(() -> new ConversationTitle("t".repeat(201))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ConversationTitle("   ")).isInstanceOf(InvalidInputException.class);
    }
}
