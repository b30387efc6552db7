package org.tdah.assistant.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {
    @Test
    void spaces_dots_dashes_and_parentheses_are_cleaned_away() {
        assertThat(PhoneNumber.parse(" +33 6 12-34.56 (78) ").value()).isEqualTo("+33612345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0612345678", "+0612345678", "+33 6 12 34 ab", "+1234", "+1234567890123456", "", "++33612345678"})
    void numbers_not_in_international_form_are_refused_for_the_phone_field(String raw) {
        assertThatThrownBy(() -> PhoneNumber.parse(raw))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("phone"));
    }

    @Test
    void a_masked_number_shows_only_its_last_two_digits() {
        assertThat(PhoneNumber.parse("+33612345678").masked()).isEqualTo("•••78");
    }
}
