package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SixDigitCodeTest {

    @Test
    void a_typed_code_is_six_digits_once_spaces_and_dashes_are_dropped() {
        assertThat(SixDigitCode.normalize(" 123 456 ")).isEqualTo("123456");
        assertThat(SixDigitCode.normalize("123-456")).isEqualTo("123456");
        assertThat(SixDigitCode.normalize(null)).isEmpty();
        assertThat(SixDigitCode.isWellFormed("012345")).isTrue();
        assertThat(SixDigitCode.isWellFormed("12345")).isFalse();
        assertThat(SixDigitCode.isWellFormed("1234567")).isFalse();
        assertThat(SixDigitCode.isWellFormed("12a456")).isFalse();
        assertThat(SixDigitCode.isWellFormed(null)).isFalse();
    }
}
