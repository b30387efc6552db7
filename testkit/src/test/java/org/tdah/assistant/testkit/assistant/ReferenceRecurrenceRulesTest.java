package org.tdah.assistant.testkit.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tdah.assistant.application.assistant.port.RecurrenceRules;
import org.tdah.assistant.application.assistant.port.RecurrenceRulesContract;

class ReferenceRecurrenceRulesTest extends RecurrenceRulesContract {
    private static final LocalDateTime START = LocalDateTime.of(2027, 1, 4, 8, 0);

    @Override
    protected RecurrenceRules newRecurrenceRules() {
        return new ReferenceRecurrenceRules();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREQ=YEARLY", "FREQ=HOURLY", "FREQ=MONTHLY;BYDAY=MO", "FREQ=WEEKLY;BYDAY=1MO",
        "FREQ=MONTHLY;BYSETPOS=-1", "FREQ=DAILY;BYMONTH=2", "FREQ=WEEKLY;BYMONTHDAY=3", "FREQ=MONTHLY;BYMONTHDAY=-1"})
    void a_rule_outside_the_subset_is_refused_as_unsupported(String rule) {
        assertThat(new ReferenceRecurrenceRules().problemWith(rule))
                .hasValueSatisfying(problem -> assertThat(problem).startsWith("The reference recurrence rules do not support"));
    }

    @Test
    void a_rule_that_matches_nothing_ends_with_the_start_alone() {
        assertThat(new ReferenceRecurrenceRules().occurrencesAfter("FREQ=DAILY;INTERVAL=7;BYDAY=TU", START, START.minusDays(1), 3))
                .containsExactly(START);
    }
}
