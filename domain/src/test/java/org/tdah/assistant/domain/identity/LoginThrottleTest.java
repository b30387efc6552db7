package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.identity.LoginThrottle.Verdict;
import org.tdah.assistant.domain.shared.AttemptWindow;

class LoginThrottleTest {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private static AttemptWindow failures(int count, Duration sinceLast) {
        return new AttemptWindow(count, NOW.minus(sinceLast), Duration.ofMinutes(10));
    }

    @Test
    void the_first_failures_cost_nothing() {
        assertThat(LoginThrottle.forAccount(failures(2, Duration.ZERO), AttemptWindow.NONE, NOW))
                .isEqualTo(new Verdict.Allowed());
    }

    @Test
    void from_the_third_failure_each_attempt_waits_twice_as_long_since_the_last_failure() {
        assertThat(LoginThrottle.forAccount(failures(3, Duration.ZERO), AttemptWindow.NONE, NOW))
                .isEqualTo(new Verdict.Wait(Duration.ofSeconds(1), false));
        assertThat(LoginThrottle.forAccount(failures(6, Duration.ofSeconds(3)), AttemptWindow.NONE, NOW))
                .isEqualTo(new Verdict.Wait(Duration.ofSeconds(5), false));
        assertThat(LoginThrottle.forAccount(failures(6, Duration.ofSeconds(8)), AttemptWindow.NONE, NOW))
                .isEqualTo(new Verdict.Allowed());
    }

    @Test
    void the_backoff_never_exceeds_two_minutes() {
        assertThat(LoginThrottle.backoff(30)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void ten_failures_in_the_window_lock_the_account_until_the_window_resets() {
        assertThat(LoginThrottle.forAccount(failures(10, Duration.ofMinutes(5)), AttemptWindow.NONE, NOW))
                .isEqualTo(new Verdict.Wait(Duration.ofMinutes(10), true));
        assertThat(LoginThrottle.locksAccount(10)).isTrue();
        assertThat(LoginThrottle.locksAccount(9)).isFalse();
        assertThat(LoginThrottle.locksAccount(11)).isFalse();
    }

    @Test
    void one_hundred_failures_in_an_hour_lock_the_account_whatever_the_short_window_says() {
        AttemptWindow hour = new AttemptWindow(100, NOW.minusSeconds(30), Duration.ofMinutes(20));

        assertThat(LoginThrottle.forAccount(AttemptWindow.NONE, hour, NOW))
                .isEqualTo(new Verdict.Wait(Duration.ofMinutes(20), true));
    }

    @Test
    void an_address_is_throttled_more_loosely_than_an_account() {
        assertThat(LoginThrottle.forAddress(failures(19, Duration.ZERO), NOW)).isEqualTo(new Verdict.Allowed());
        assertThat(LoginThrottle.forAddress(failures(20, Duration.ZERO), NOW))
                .isEqualTo(new Verdict.Wait(Duration.ofSeconds(1), false));
        assertThat(LoginThrottle.forAddress(failures(100, Duration.ZERO), NOW))
                .isEqualTo(new Verdict.Wait(Duration.ofMinutes(10), true));
    }
}
