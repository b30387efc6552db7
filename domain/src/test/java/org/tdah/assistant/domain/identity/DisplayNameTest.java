package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.shared.InvalidInputException;

class DisplayNameTest {

    @Test
    void a_name_is_trimmed() {
        assertThat(DisplayName.parse("  Sam  ").value()).isEqualTo("Sam");
    }

    @Test
    void a_name_of_one_hundred_emoji_is_allowed_and_one_more_is_not() {
        assertThat(DisplayName.parse("😀".repeat(100)).value()).hasSize(200);
        assertThatThrownBy(() -> DisplayName.parse("😀".repeat(101))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void blank_names_and_control_characters_are_refused() {
        assertThatThrownBy(() -> DisplayName.parse("   ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DisplayName.parse("Sam\u0000Smith")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DisplayName.parse(null)).isInstanceOf(InvalidInputException.class);
    }
}
