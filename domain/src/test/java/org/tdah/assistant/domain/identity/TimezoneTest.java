package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.shared.InvalidInputException;

class TimezoneTest {

    @Test
    void an_iana_region_id_is_a_timezone() {
        assertThat(new Timezone("Europe/Paris").zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(Timezone.UTC.value()).isEqualTo("UTC");
    }

    @Test
    void unknown_ids_fixed_offsets_and_blanks_are_refused_under_the_timezone_field() {
        for (String wrong : new String[] {"Mars/Olympus", "+02:00", "europe/paris", " ", ""}) {
            assertThatThrownBy(() -> new Timezone(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errors()).extracting("field").containsExactly("timezone"));
        }
        assertThatThrownBy(() -> new Timezone(null)).isInstanceOf(InvalidInputException.class);
    }
}
