package org.tdah.assistant.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputCheckTest {
    @Test
    void a_parse_failure_is_reported_under_the_field_being_checked() {
        InputCheck check = new InputCheck();
        check.require("contact", "nonsense", raw -> {
            throw InvalidInputException.of("email", "is not a valid email address");
        });

        assertThatThrownBy(check::throwIfInvalid)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("contact", "is not a valid email address")));
    }

    @Test
    void valid_input_passes_and_returns_the_parsed_value() {
        InputCheck check = new InputCheck();

        Integer parsed = check.require("count", "42", Integer::valueOf);
        check.throwIfInvalid();

        assertThat(parsed).isEqualTo(42);
    }

    @Test
    void an_optional_field_absent_is_empty_and_given_is_parsed_or_reported_under_its_name() {
        InputCheck check = new InputCheck();

        assertThat(check.optional("count", null, Integer::valueOf)).isEmpty();
        assertThat(check.optional("count", "7", Integer::valueOf)).contains(7);
        check.throwIfInvalid();

        assertThat(check.optional("zone", "", raw -> {
            throw InvalidInputException.of("timezone", "is required");
        })).isEmpty();
        assertThatThrownBy(check::throwIfInvalid)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("zone", "is required")));
    }
}
