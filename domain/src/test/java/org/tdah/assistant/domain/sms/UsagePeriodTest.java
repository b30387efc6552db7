package org.tdah.assistant.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tdah.assistant.domain.shared.InvalidInputException;
import org.tdah.assistant.domain.sms.UsagePeriod.Granularity;

class UsagePeriodTest {
    private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);

    @Test
    void a_day_is_labelled_with_its_date() {
        assertThat(Granularity.DAY.label(FIRST_OF_DECEMBER)).isEqualTo("2026-12-01");
        assertThat(Granularity.DAY.label(LocalDate.of(2027, 3, 9))).isEqualTo("2027-03-09");
    }

    @Test
    void a_month_is_labelled_with_its_year_and_month() {
        assertThat(Granularity.MONTH.label(FIRST_OF_DECEMBER)).isEqualTo("2026-12");
        assertThat(Granularity.MONTH.label(LocalDate.of(2027, 3, 31))).isEqualTo("2027-03");
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource({"day, DAY", "DAY, DAY", "Day, DAY", "month, MONTH", "MONTH, MONTH", "mOnTh, MONTH"})
    void day_and_month_are_read_in_any_case(String name, Granularity granularity) {
        assertThat(Granularity.of(name)).isEqualTo(granularity);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "week", "year", "days", "d", " day", "month "})
    void any_other_granularity_is_refused_for_the_by_field(String name) {
        assertThatThrownBy(() -> Granularity.of(name))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("by"));
    }

    @Test
    void no_granularity_is_refused_for_the_by_field() {
        assertThatThrownBy(() -> Granularity.of(null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("by"));
    }

    @Test
    void every_day_of_a_month_gives_the_same_monthly_period() {
        var period = UsagePeriod.of(Granularity.MONTH, LocalDate.of(2026, 12, 17));
        assertThat(period).isEqualTo(UsagePeriod.of(Granularity.MONTH, LocalDate.of(2026, 12, 31)));
        assertThat(period.start()).isEqualTo(FIRST_OF_DECEMBER);
        assertThat(period.end()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(period.label()).isEqualTo("2026-12");
    }

    @Test
    void a_daily_period_is_the_day_itself() {
        var period = UsagePeriod.of(Granularity.DAY, LocalDate.of(2026, 12, 17));
        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(period.label()).isEqualTo("2026-12-17");
    }

    @Test
    void a_period_contains_its_days_from_the_start_up_to_its_end_excluded() {
        var december = UsagePeriod.of(Granularity.MONTH, FIRST_OF_DECEMBER);
        assertThat(december.contains(FIRST_OF_DECEMBER)).isTrue();
        assertThat(december.contains(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(december.contains(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(december.contains(LocalDate.of(2026, 11, 30))).isFalse();
        var day = UsagePeriod.of(Granularity.DAY, FIRST_OF_DECEMBER);
        assertThat(day.contains(FIRST_OF_DECEMBER)).isTrue();
        assertThat(day.contains(LocalDate.of(2026, 12, 2))).isFalse();
    }

    @Test
    void february_of_a_leap_year_ends_after_its_29th() {
        var february = UsagePeriod.of(Granularity.MONTH, LocalDate.of(2028, 2, 29));
        assertThat(february.end()).isEqualTo(LocalDate.of(2028, 3, 1));
    }

    @Test
    void a_month_starting_on_another_day_than_the_first_cannot_be_made() {
        assertThatThrownBy(() -> new UsagePeriod(Granularity.MONTH, LocalDate.of(2026, 12, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labels_sort_in_time_order() {
        assertThat(Granularity.MONTH.label(LocalDate.of(2026, 9, 1)))
                .isLessThan(Granularity.MONTH.label(LocalDate.of(2026, 10, 1)));
        assertThat(Granularity.DAY.label(LocalDate.of(2026, 9, 30)))
                .isLessThan(Granularity.DAY.label(LocalDate.of(2026, 10, 1)));
    }
}
