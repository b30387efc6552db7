package org.tdah.assistant.adapters.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.assistant.LocalTimes;

/**
 * lib-recur expands in local time and {@link LocalTimes} applies the zone: in Europe/Paris (clocks go
 * forward on 2027-03-28, back on 2027-10-31) a daily reminder keeps its local hour, a time in the
 * spring gap moves forward by the gap, and a time in the autumn overlap fires once.
 */
class LibRecurRecurrenceRulesAcrossClockChangesTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final LibRecurRecurrenceRules rules = new LibRecurRecurrenceRules();

    @Test
    void a_daily_8am_stays_at_8am_local_across_the_spring_change() {
        LocalDateTime start = LocalDateTime.of(2027, 3, 26, 8, 0);

        assertThat(instants(rules.occurrencesAfter("FREQ=DAILY", start, start.minusDays(1), 4))).containsExactly(
                Instant.parse("2027-03-26T07:00:00Z"), Instant.parse("2027-03-27T07:00:00Z"),
                Instant.parse("2027-03-28T06:00:00Z"), Instant.parse("2027-03-29T06:00:00Z"));
    }

    @Test
    void a_daily_2_30_falls_in_the_spring_gap_and_fires_at_3_30_local() {
        LocalDateTime start = LocalDateTime.of(2027, 3, 27, 2, 30);

        List<Instant> instants = instants(rules.occurrencesAfter("FREQ=DAILY", start, start.minusDays(1), 3));

        assertThat(instants).containsExactly(Instant.parse("2027-03-27T01:30:00Z"),
                Instant.parse("2027-03-28T01:30:00Z"), Instant.parse("2027-03-29T00:30:00Z"));
        assertThat(instants.get(1).atZone(PARIS).toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 28, 3, 30));
    }

    @Test
    void a_daily_2_30_fires_once_on_the_autumn_day_when_2_30_happens_twice() {
        LocalDateTime start = LocalDateTime.of(2027, 10, 30, 2, 30);

        List<Instant> instants = instants(rules.occurrencesAfter("FREQ=DAILY", start, start.minusDays(1), 3));

        assertThat(instants).containsExactly(Instant.parse("2027-10-30T00:30:00Z"),
                Instant.parse("2027-10-31T00:30:00Z"), Instant.parse("2027-11-01T01:30:00Z"));
        assertThat(instants).filteredOn(instant -> instant.atZone(PARIS).toLocalDate().getDayOfMonth() == 31).hasSize(1);
    }

    private static List<Instant> instants(List<LocalDateTime> occurrences) {
        return occurrences.stream().map(local -> LocalTimes.instantOf(local, PARIS)).toList();
    }
}
