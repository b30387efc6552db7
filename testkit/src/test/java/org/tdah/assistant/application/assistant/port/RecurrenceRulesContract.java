package org.tdah.assistant.application.assistant.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every implementation of {@link RecurrenceRules} must do, within the subset that the
 * reference implementation supports (FREQ=DAILY, WEEKLY or MONTHLY with INTERVAL, BYDAY,
 * BYMONTHDAY, WKST, COUNT and UNTIL): the start is the first occurrence and counts toward COUNT,
 * occurrences are strictly after {@code after} and in order, UNTIL is inclusive (a date includes
 * its whole day, a UTC value is read as local), weeks begin on WKST (Monday by default) as RFC 5545
 * says, a month without the day is skipped, names are case-insensitive, and a rule that cannot be
 * read gets a sentence rather than an exception.
 */
public abstract class RecurrenceRulesContract {
    /** A Monday. */
    private static final LocalDateTime MONDAY_8AM = LocalDateTime.of(2027, 1, 4, 8, 0);
    private static final LocalDateTime LONG_BEFORE = LocalDateTime.of(2000, 1, 1, 0, 0);

    private RecurrenceRules rules;

    /** The implementation under test; it holds no state between calls. */
    protected abstract RecurrenceRules newRecurrenceRules();

    @BeforeEach
    void setUpRecurrenceRules() {
        rules = newRecurrenceRules();
    }

    @Test
    void a_daily_rule_gives_one_occurrence_per_day_at_the_time_of_the_start() {
        assertThat(rules.occurrencesAfter("FREQ=DAILY", MONDAY_8AM, LONG_BEFORE, 3))
                .containsExactly(at(2027, 1, 4, 8, 0), at(2027, 1, 5, 8, 0), at(2027, 1, 6, 8, 0));
    }

    @Test
    void a_daily_rule_with_an_interval_skips_the_days_between() {
        assertThat(rules.occurrencesAfter("FREQ=DAILY;INTERVAL=3", MONDAY_8AM, LONG_BEFORE, 3))
                .containsExactly(at(2027, 1, 4, 8, 0), at(2027, 1, 7, 8, 0), at(2027, 1, 10, 8, 0));
    }

    @Test
    void a_daily_rule_with_weekdays_keeps_only_those_days() {
        assertThat(rules.occurrencesAfter("FREQ=DAILY;BYDAY=MO,FR", MONDAY_8AM, LONG_BEFORE, 4))
                .containsExactly(at(2027, 1, 4, 8, 0), at(2027, 1, 8, 8, 0), at(2027, 1, 11, 8, 0), at(2027, 1, 15, 8, 0));
    }

    @Test
    void every_weekday_skips_the_weekend() {
        LocalDateTime thursday = at(2027, 1, 7, 7, 30);

        assertThat(rules.occurrencesAfter("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", thursday, LONG_BEFORE, 5))
                .containsExactly(at(2027, 1, 7, 7, 30), at(2027, 1, 8, 7, 30), at(2027, 1, 11, 7, 30),
                        at(2027, 1, 12, 7, 30), at(2027, 1, 13, 7, 30));
    }

    @Test
    void a_weekly_rule_without_days_repeats_on_the_weekday_of_the_start() {
        assertThat(rules.occurrencesAfter("FREQ=WEEKLY", MONDAY_8AM, LONG_BEFORE, 3))
                .containsExactly(at(2027, 1, 4, 8, 0), at(2027, 1, 11, 8, 0), at(2027, 1, 18, 8, 0));
    }

    @Test
    void every_other_wednesday_is_two_weeks_apart() {
        LocalDateTime wednesday = at(2027, 1, 6, 17, 0);

        assertThat(rules.occurrencesAfter("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", wednesday, LONG_BEFORE, 4))
                .containsExactly(at(2027, 1, 6, 17, 0), at(2027, 1, 20, 17, 0), at(2027, 2, 3, 17, 0), at(2027, 2, 17, 17, 0));
    }

    @Test
    void every_other_week_counts_weeks_from_monday_by_default_as_rfc_5545_says() {
        LocalDateTime sunday = at(2027, 1, 3, 9, 0);

        assertThat(rules.occurrencesAfter("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,SU", sunday, LONG_BEFORE, 5))
                .containsExactly(at(2027, 1, 3, 9, 0), at(2027, 1, 13, 9, 0), at(2027, 1, 17, 9, 0),
                        at(2027, 1, 27, 9, 0), at(2027, 1, 31, 9, 0));
    }

    @Test
    void every_other_week_counts_weeks_from_the_day_wkst_names() {
        LocalDateTime sunday = at(2027, 1, 3, 9, 0);

        assertThat(rules.occurrencesAfter("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE,SU;WKST=SU", sunday, LONG_BEFORE, 5))
                .containsExactly(at(2027, 1, 3, 9, 0), at(2027, 1, 6, 9, 0), at(2027, 1, 17, 9, 0),
                        at(2027, 1, 20, 9, 0), at(2027, 1, 31, 9, 0));
    }

    @Test
    void monthly_on_the_31st_skips_the_months_that_are_shorter() {
        LocalDateTime january31 = at(2027, 1, 31, 10, 0);

        assertThat(rules.occurrencesAfter("FREQ=MONTHLY;BYMONTHDAY=31", january31, LONG_BEFORE, 5))
                .containsExactly(at(2027, 1, 31, 10, 0), at(2027, 3, 31, 10, 0), at(2027, 5, 31, 10, 0),
                        at(2027, 7, 31, 10, 0), at(2027, 8, 31, 10, 0));
    }

    @Test
    void monthly_without_a_day_repeats_the_day_of_the_start_and_skips_the_months_without_it() {
        LocalDateTime january30 = at(2028, 1, 30, 10, 0);

        assertThat(rules.occurrencesAfter("FREQ=MONTHLY", january30, LONG_BEFORE, 3))
                .containsExactly(at(2028, 1, 30, 10, 0), at(2028, 3, 30, 10, 0), at(2028, 4, 30, 10, 0));
    }

    @Test
    void monthly_on_several_days_gives_them_in_order() {
        LocalDateTime january1 = at(2027, 1, 1, 12, 0);

        assertThat(rules.occurrencesAfter("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15,1", january1, LONG_BEFORE, 5))
                .containsExactly(at(2027, 1, 1, 12, 0), at(2027, 1, 15, 12, 0), at(2027, 3, 1, 12, 0),
                        at(2027, 3, 15, 12, 0), at(2027, 5, 1, 12, 0));
    }

    @Test
    void count_ends_the_series_and_the_start_is_one_of_them() {
        assertThat(rules.occurrencesAfter("FREQ=DAILY;COUNT=3", MONDAY_8AM, LONG_BEFORE, 10))
                .containsExactly(at(2027, 1, 4, 8, 0), at(2027, 1, 5, 8, 0), at(2027, 1, 6, 8, 0));
    }

    @Test
    void count_counts_from_the_start_even_when_only_later_occurrences_are_asked_for() {
        assertThat(rules.occurrencesAfter("FREQ=DAILY;COUNT=5", MONDAY_8AM, at(2027, 1, 6, 8, 0), 10))
                .containsExactly(at(2027, 1, 7, 8, 0), at(2027, 1, 8, 8, 0));
    }

    @Test
    void a_start_outside_the_pattern_is_still_the_first_occurrence_and_counts() {
        assertThat(rules.occurrencesAfter("FREQ=WEEKLY;BYDAY=WE;COUNT=3", MONDAY_8AM, LONG_BEFORE, 10))
                .containsExactly(at(2027, 1, 4, 8, 0), at(2027, 1, 6, 8, 0), at(2027, 1, 13, 8, 0));
    }

    @Test
    void until_as_a_local_date_time_ends_the_series_and_is_included() {
        assertThat(rules.occurrencesAfter("FREQ=DAILY;UNTIL=20270107T080000", MONDAY_8AM, LONG_BEFORE, 10))
                .containsExactly(at(2027, 1, 4, 8, 0), at(2027, 1, 5, 8, 0), at(2027, 1, 6, 8, 0), at(2027, 1, 7, 8, 0));
    }

    @Test
    void until_as_a_local_date_time_before_an_occurrence_ends_the_series_before_it() {
        assertThat(rules.occurrencesAfter("FREQ=DAILY;UNTIL=20270106T075959", MONDAY_8AM, LONG_BEFORE, 10))
                .containsExactly(at(2027, 1, 4, 8, 0), at(2027, 1, 5, 8, 0));
    }

    @Test
    void until_as_a_date_includes_that_whole_day() {
        assertThat(rules.occurrencesAfter("FREQ=DAILY;UNTIL=20270106", at(2027, 1, 4, 23, 30), LONG_BEFORE, 10))
                .containsExactly(at(2027, 1, 4, 23, 30), at(2027, 1, 5, 23, 30), at(2027, 1, 6, 23, 30));
    }

    @Test
    void until_in_utc_is_compared_as_a_local_date_time() {
        assertThat(rules.occurrencesAfter("FREQ=DAILY;UNTIL=20270106T080000Z", MONDAY_8AM, LONG_BEFORE, 10))
                .containsExactly(at(2027, 1, 4, 8, 0), at(2027, 1, 5, 8, 0), at(2027, 1, 6, 8, 0));
    }

    @Test
    void until_before_the_start_leaves_no_occurrence() {
        assertThat(rules.occurrencesAfter("FREQ=DAILY;UNTIL=20270101", MONDAY_8AM, LONG_BEFORE, 10)).isEmpty();
    }

    @Test
    void the_start_is_included_when_it_is_after_after() {
        assertThat(rules.occurrencesAfter("FREQ=WEEKLY", MONDAY_8AM, MONDAY_8AM.minusMinutes(1), 1))
                .containsExactly(MONDAY_8AM);
    }

    @Test
    void occurrences_are_strictly_after_after_so_the_start_itself_is_left_out() {
        assertThat(rules.occurrencesAfter("FREQ=WEEKLY", MONDAY_8AM, MONDAY_8AM, 2))
                .containsExactly(at(2027, 1, 11, 8, 0), at(2027, 1, 18, 8, 0));
    }

    @Test
    void after_between_two_occurrences_gives_the_ones_that_follow() {
        assertThat(rules.occurrencesAfter("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", at(2027, 1, 6, 17, 0), at(2027, 1, 21, 9, 0), 2))
                .containsExactly(at(2027, 2, 3, 17, 0), at(2027, 2, 17, 17, 0));
    }

    @Test
    void after_years_past_the_start_still_follows_the_pattern() {
        assertThat(rules.occurrencesAfter("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", at(2027, 1, 6, 17, 0), at(2047, 1, 1, 0, 0), 2))
                .containsExactly(at(2047, 1, 9, 17, 0), at(2047, 1, 23, 17, 0));
    }

    @Test
    void a_series_that_has_ended_before_after_gives_nothing() {
        assertThat(rules.occurrencesAfter("FREQ=DAILY;COUNT=2", MONDAY_8AM, at(2027, 2, 1, 0, 0), 5)).isEmpty();
    }

    @Test
    void the_count_asked_for_limits_the_answer() {
        assertThat(rules.occurrencesAfter("FREQ=DAILY", MONDAY_8AM, LONG_BEFORE, 1)).containsExactly(MONDAY_8AM);
        assertThat(rules.occurrencesAfter("FREQ=DAILY", MONDAY_8AM, LONG_BEFORE, 50)).hasSize(50)
                .last().isEqualTo(at(2027, 2, 22, 8, 0));
    }

    @Test
    void asking_for_no_occurrence_gives_none() {
        assertThat(rules.occurrencesAfter("FREQ=DAILY", MONDAY_8AM, LONG_BEFORE, 0)).isEmpty();
    }

    @Test
    void asking_for_a_negative_count_is_a_broken_invariant() {
        assertThatThrownBy(() -> rules.occurrencesAfter("FREQ=DAILY", MONDAY_8AM, LONG_BEFORE, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void occurrences_are_in_order_without_repeats() {
        List<LocalDateTime> occurrences = rules.occurrencesAfter("FREQ=MONTHLY;BYMONTHDAY=1,15,31,28", at(2027, 1, 15, 6, 45), LONG_BEFORE, 40);

        assertThat(occurrences).hasSize(40).isSorted().doesNotHaveDuplicates()
                .allSatisfy(occurrence -> assertThat(occurrence.toLocalTime()).isEqualTo(LocalTime.of(6, 45)));
        assertThat(occurrences.get(0)).isEqualTo(at(2027, 1, 15, 6, 45));
        assertThat(occurrences.stream().map(LocalDateTime::toLocalDate).filter(day -> day.getMonthValue() == 2 && day.getYear() == 2027))
                .containsExactly(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 28));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREQ=DAILY", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "FREQ=WEEKLY;INTERVAL=2;BYDAY=WE",
        "FREQ=MONTHLY", "FREQ=MONTHLY;BYMONTHDAY=31", "FREQ=DAILY;COUNT=10", "FREQ=DAILY;UNTIL=20270101T000000",
        "FREQ=DAILY;UNTIL=20270101", "FREQ=WEEKLY;UNTIL=20270101T000000Z", "FREQ=WEEKLY;WKST=SU;BYDAY=SA,SU"})
    void a_rule_of_the_subset_has_no_problem(String rule) {
        assertThat(rules.problemWith(rule)).isEmpty();
    }

    @Test
    void names_and_values_may_be_written_in_lowercase() {
        assertThat(rules.problemWith("freq=weekly;interval=2;byday=we")).isEmpty();
        assertThat(rules.occurrencesAfter("freq=weekly;interval=2;byday=we", at(2027, 1, 6, 17, 0), LONG_BEFORE, 2))
                .containsExactly(at(2027, 1, 6, 17, 0), at(2027, 1, 20, 17, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "garbage", "every day", "FREQ", "FREQ=", "FREQ=SOMETIMES", "INTERVAL=2",
        "FREQ=DAILY;INTERVAL=0", "FREQ=DAILY;INTERVAL=two", "FREQ=DAILY;COUNT=0", "FREQ=DAILY;COUNT=-1",
        "FREQ=WEEKLY;BYDAY=XX", "FREQ=MONTHLY;BYMONTHDAY=32", "FREQ=DAILY;UNTIL=tomorrow", "FREQ=DAILY;UNTIL=20271340",
        "FREQ=DAILY;COUNT=2;UNTIL=20270101", "FREQ=DAILY;NEVER=1", "FREQ=WEEKLY;WKST=XX"})
    void a_rule_that_cannot_be_read_gets_a_sentence(String rule) {
        assertThat(rules.problemWith(rule)).hasValueSatisfying(RecurrenceRulesContract::isASentence);
    }

    @Test
    void a_missing_rule_gets_a_sentence() {
        assertThat(rules.problemWith(null)).hasValueSatisfying(RecurrenceRulesContract::isASentence);
    }

    @Test
    void the_rrule_prefix_is_refused_with_a_sentence_that_names_it() {
        assertThat(rules.problemWith("RRULE:FREQ=DAILY")).hasValueSatisfying(problem -> {
            isASentence(problem);
            assertThat(problem).contains("RRULE:");
        });
    }

    @Test
    void expanding_a_rule_that_cannot_be_read_is_a_broken_invariant() {
        Stream.of("garbage", "RRULE:FREQ=DAILY", "").forEach(rule ->
                assertThatThrownBy(() -> rules.occurrencesAfter(rule, MONDAY_8AM, LONG_BEFORE, 3))
                        .as(rule).isInstanceOf(IllegalArgumentException.class));
    }

    private static void isASentence(String problem) {
        assertThat(problem).isNotBlank().endsWith(".").hasSizeLessThan(200);
        assertThat(Character.isUpperCase(problem.charAt(0))).as("starts with a capital: %s", problem).isTrue();
    }

    private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }
}
