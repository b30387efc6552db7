package org.tdah.assistant.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {
    @Test
    void a_uuid_and_two_hundred_printable_characters_are_keys_kept_as_given() {
        assertThat(new IdempotencyKey("3f0c1a9e-4d6b-4c8e-9a51-2b7d0e6f8a13").value())
                .isEqualTo("3f0c1a9e-4d6b-4c8e-9a51-2b7d0e6f8a13");
        assertThat(new IdempotencyKey("~ a".repeat(66) + "!!").value()).hasSize(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "clé", "tab\there", "line\nbreak", "nul\u0000"})
    void blank_or_not_printable_ascii_keys_are_refused_under_the_header_s_name(String raw) {
        assertThatThrownBy(() -> new IdempotencyKey(raw))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("Idempotency-Key"));
    }

    @Test
    void a_key_over_two_hundred_characters_is_refused() {
        assertThatThrownBy(() -> new IdempotencyKey("k".repeat(201))).isInstanceOf(InvalidInputException.class);
    }
}
