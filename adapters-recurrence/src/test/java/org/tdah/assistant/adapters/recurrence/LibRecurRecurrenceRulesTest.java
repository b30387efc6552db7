package org.tdah.assistant.adapters.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tdah.assistant.application.assistant.port.RecurrenceRules;
import org.tdah.assistant.application.assistant.port.RecurrenceRulesContract;

class LibRecurRecurrenceRulesTest extends RecurrenceRulesContract {
    private static final LocalDateTime START = LocalDateTime.of(2027, 1, 4, 8, 0);
    private static final LocalDateTime BEFORE_START = START.minusDays(1);

    private final LibRecurRecurrenceRules rules = new LibRecurRecurrenceRules();

    @Override
    protected RecurrenceRules newRecurrenceRules() {
        return new LibRecurRecurrenceRules();
    }

    @Test
    void a_yearly_rule_repeats_on_the_date_of_the_start() {
        LocalDateTime birthday = LocalDateTime.of(2027, 5, 23, 9, 0);

        assertThat(rules.occurrencesAfter("FREQ=YEARLY", birthday, BEFORE_START, 3))
                .containsExactly(birthday, birthday.plusYears(1), birthday.plusYears(2));
    }

    @Test
    void the_29th_of_february_comes_back_in_leap_years_only() {
        LocalDateTime leapDay = LocalDateTime.of(2028, 2, 29, 9, 0);

        assertThat(rules.occurrencesAfter("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", leapDay, BEFORE_START, 3))
                .containsExactly(leapDay, LocalDateTime.of(2032, 2, 29, 9, 0), LocalDateTime.of(2036, 2, 29, 9, 0));
    }

    @Test
    void the_last_friday_of_each_month_is_found_with_bysetpos() {
        LocalDateTime lastFridayOfJanuary = LocalDateTime.of(2027, 1, 29, 18, 0);

        assertThat(rules.occurrencesAfter("FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1", lastFridayOfJanuary, BEFORE_START, 3))
                .containsExactly(lastFridayOfJanuary, LocalDateTime.of(2027, 2, 26, 18, 0), LocalDateTime.of(2027, 3, 26, 18, 0));
    }

    @Test
    void the_second_tuesday_of_each_month_is_an_ordinal_weekday() {
        LocalDateTime secondTuesday = LocalDateTime.of(2027, 1, 12, 19, 0);

        assertThat(rules.occurrencesAfter("FREQ=MONTHLY;BYDAY=2TU", secondTuesday, BEFORE_START, 3))
                .containsExactly(secondTuesday, LocalDateTime.of(2027, 2, 9, 19, 0), LocalDateTime.of(2027, 3, 9, 19, 0));
    }

    @Test
    @Timeout(10)
    void a_rule_that_matches_nothing_ends_with_the_start_alone() {
        assertThat(rules.occurrencesAfter("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", START, BEFORE_START, 3))
                .containsExactly(START);
    }

    @Test
    @Timeout(10)
    void a_rule_that_matches_nothing_after_the_start_ends_with_nothing() {
        assertThat(rules.occurrencesAfter("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31", START, START, 3)).isEmpty();
    }

    @Test
    void a_sub_daily_rule_is_expanded_here_and_left_to_the_core_to_refuse() {
        assertThat(rules.problemWith("FREQ=HOURLY;INTERVAL=2")).isEmpty();
        assertThat(rules.occurrencesAfter("FREQ=HOURLY;INTERVAL=2", START, START, 2))
                .containsExactly(START.plusHours(2), START.plusHours(4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREQ=YEARLY;BYMONTH=13", "FREQ=MONTHLY;BYSETPOS=0;BYDAY=MO", "FREQ=DAILY;BYHOUR=25",
        "FREQ=DAILY;UNTIL=20270101;UNTIL=20270102", "FREQ=DAILY;UNTIL", "rrule:FREQ=DAILY"})
    void a_rule_lib_recur_cannot_read_gets_a_sentence_and_no_exception(String rule) {
        assertThat(rules.problemWith(rule)).hasValueSatisfying(problem -> assertThat(problem).endsWith("."));
    }
}
