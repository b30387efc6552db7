package org.tdah.assistant.domain.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalTimesTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void a_time_on_a_normal_day_is_the_instant_of_its_offset() {
        assertThat(LocalTimes.instantOf(LocalDateTime.of(2027, 6, 15, 8, 0), PARIS))
                .isEqualTo(Instant.parse("2027-06-15T06:00:00Z"));
        assertThat(LocalTimes.instantOf(LocalDateTime.of(2027, 1, 15, 8, 0), PARIS))
                .isEqualTo(Instant.parse("2027-01-15T07:00:00Z"));
    }

    @Test
    void a_time_in_the_paris_spring_gap_moves_forward_by_the_gap() {
        Instant instant = LocalTimes.instantOf(LocalDateTime.of(2027, 3, 28, 2, 30), PARIS);

        assertThat(instant).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        assertThat(instant.atZone(PARIS).toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 28, 3, 30));
    }

    @Test
    void a_time_that_happens_twice_in_the_paris_autumn_is_the_first_of_the_two() {
        assertThat(LocalTimes.instantOf(LocalDateTime.of(2027, 10, 31, 2, 30), PARIS))
                .isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    }

    @Test
    void a_time_in_the_new_york_spring_gap_moves_forward_by_the_gap() {
        Instant instant = LocalTimes.instantOf(LocalDateTime.of(2027, 3, 14, 2, 30), NEW_YORK);

        assertThat(instant).isEqualTo(Instant.parse("2027-03-14T07:30:00Z"));
        assertThat(instant.atZone(NEW_YORK).toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 14, 3, 30));
    }

    @Test
    void a_time_that_happens_twice_in_the_new_york_autumn_is_the_first_of_the_two() {
        assertThat(LocalTimes.instantOf(LocalDateTime.of(2027, 11, 7, 1, 30), NEW_YORK))
                .isEqualTo(Instant.parse("2027-11-07T05:30:00Z"));
    }

    @Test
    void the_times_either_side_of_a_change_keep_their_own_offsets() {
        assertThat(LocalTimes.instantOf(LocalDateTime.of(2027, 3, 28, 1, 59), PARIS))
                .isEqualTo(Instant.parse("2027-03-28T00:59:00Z"));
        assertThat(LocalTimes.instantOf(LocalDateTime.of(2027, 3, 28, 3, 0), PARIS))
                .isEqualTo(Instant.parse("2027-03-28T01:00:00Z"));
        assertThat(LocalTimes.instantOf(LocalDateTime.of(2027, 10, 31, 3, 0), PARIS))
                .isEqualTo(Instant.parse("2027-10-31T02:00:00Z"));
    }
}
