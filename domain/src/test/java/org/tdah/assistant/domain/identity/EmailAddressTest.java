package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tdah.assistant.domain.shared.InvalidInputException;

class EmailAddressTest {

    @Test
    void an_address_is_trimmed_and_lower_cased_so_that_spellings_of_one_address_are_equal() {
        assertThat(EmailAddress.parse("  Ada.Lovelace@Example.ORG\t")).isEqualTo(EmailAddress.parse("ada.lovelace@example.org"));
        assertThat(EmailAddress.parse(" Ada@Example.org").value()).isEqualTo("ada@example.org");
    }

    @Test
    void composed_and_decomposed_unicode_spell_the_same_address() {
        assertThat(EmailAddress.parse("jose\u0301@example.org")).isEqualTo(EmailAddress.parse("josé@example.org"));
    }

    @Test
    void the_local_part_is_what_comes_before_the_at_sign() {
        assertThat(EmailAddress.parse("sam.smith@example.org").localPart()).isEqualTo("sam.smith");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "no-at-sign", "@example.org", "sam@", "sam@localhost", "sam@@example.org",
            "sam smith@example.org", "sam@exa mple.org", "sam@example..org"})
    void malformed_addresses_are_refused_for_the_email_field(String raw) {
        assertThatThrownBy(() -> EmailAddress.parse(raw))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).allSatisfy(error -> assertThat(error.field()).isEqualTo("email")));
    }

    @Test
    void an_address_longer_than_254_characters_is_refused() {
        String longDomain = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".org";

        assertThatThrownBy(() -> EmailAddress.parse("sam@" + longDomain)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_constructor_accepts_only_the_canonical_form() {
        assertThatThrownBy(() -> new EmailAddress("Sam@example.org")).isInstanceOf(InvalidInputException.class);
        assertThat(new EmailAddress("sam@example.org").value()).isEqualTo("sam@example.org");
    }
}
