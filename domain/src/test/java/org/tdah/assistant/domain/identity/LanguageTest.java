package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.shared.InvalidInputException;

class LanguageTest {

    @Test
    void english_and_french_are_known_by_their_codes() {
        assertThat(Language.ofCode("en")).isEqualTo(Language.EN);
        assertThat(Language.ofCode("fr")).isEqualTo(Language.FR);
    }

    @Test
    void other_codes_are_refused_under_the_locale_field() {
        for (String wrong : new String[] {"de", "EN", "fr-FR", null}) {
            assertThatThrownBy(() -> Language.ofCode(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errors()).extracting("field").containsExactly("locale"));
        }
    }
}
