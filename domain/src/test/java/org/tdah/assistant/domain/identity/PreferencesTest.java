package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.shared.InvalidInputException;

class PreferencesTest {
    private static final List<ReminderChannel> WEB = List.of(ReminderChannel.WEB);

    @Test
    void the_defaults_are_quiet_from_ten_pm_to_half_past_seven_a_nag_every_ten_minutes_three_at_most() {
        Preferences defaults = Preferences.DEFAULTS;
        assertThat(defaults.quietHours()).contains(new QuietHours(TimeOfDay.parse("q", "22:00"), TimeOfDay.parse("q", "07:30")));
        assertThat(defaults.nagIntervalMinutes()).isEqualTo(10);
        assertThat(defaults.maxNags()).isEqualTo(3);
        assertThat(defaults.checkInTime()).isEmpty();
        assertThat(defaults.reminderChannels()).containsExactly(ReminderChannel.SMS, ReminderChannel.WEB);
    }

    @Test
    void the_bounds_of_each_range_are_allowed() {
        new Preferences(Optional.empty(), 1, 0, Optional.empty(), WEB);
        new Preferences(Optional.empty(), 240, 20, Optional.of(TimeOfDay.parse("c", "23:59")),
                List.of(ReminderChannel.EMAIL, ReminderChannel.SMS, ReminderChannel.WEB));
    }

    @Test
    void every_broken_rule_is_reported_under_its_field() {
        assertThatThrownBy(() -> new Preferences(Optional.empty(), 0, 21, Optional.empty(), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting("field")
                        .containsExactly("nagIntervalMinutes", "maxNags", "reminderChannels"));
        assertThatThrownBy(() -> new Preferences(Optional.empty(), 241, -1, Optional.empty(), WEB))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting("field")
                        .containsExactly("nagIntervalMinutes", "maxNags"));
    }

    @Test
    void a_channel_is_listed_once() {
        assertThatThrownBy(() -> new Preferences(Optional.empty(), 10, 3, Optional.empty(),
                List.of(ReminderChannel.SMS, ReminderChannel.SMS)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting("field").containsExactly("reminderChannels"));
        assertThatThrownBy(() -> ReminderChannel.ofWireName("pigeon")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void times_are_hh_mm_on_a_24_hour_clock() {
        assertThat(TimeOfDay.parse("checkInTime", "08:30").value()).isEqualTo(LocalTime.of(8, 30));
        for (String wrong : new String[] {"8:30", "24:00", "12:60", "08:30:00", "noon", null}) {
            assertThatThrownBy(() -> TimeOfDay.parse("checkInTime", wrong))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors()).extracting("field").containsExactly("checkInTime"));
        }
    }

    @Test
    void quiet_hours_may_span_midnight_but_not_be_empty() {
        QuietHours night = new QuietHours(TimeOfDay.parse("s", "22:00"), TimeOfDay.parse("e", "07:30"));
        assertThat(night.includes(TimeOfDay.parse("t", "23:00"))).isTrue();
        assertThat(night.includes(TimeOfDay.parse("t", "07:30"))).isFalse();
        assertThat(night.includes(TimeOfDay.parse("t", "12:00"))).isFalse();
        assertThatThrownBy(() -> new QuietHours(TimeOfDay.parse("s", "22:00"), TimeOfDay.parse("e", "22:00")))
                .isInstanceOf(InvalidInputException.class);
    }
}
