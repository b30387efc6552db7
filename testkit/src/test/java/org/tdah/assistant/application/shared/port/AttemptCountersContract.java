package org.tdah.assistant.application.shared.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.shared.AttemptWindow;

/** What every implementation of {@link AttemptCounters} must do; windows run on the real clock. */
public abstract class AttemptCountersContract {
    private AttemptCounters counters;
    private final String key = "contract:" + UUID.randomUUID();

    protected abstract AttemptCounters newCounters();

    @BeforeEach
    void setUpCounters() {
        counters = newCounters();
    }

    @Test
    void attempts_in_a_window_are_counted_with_the_last_one_to_the_millisecond_and_the_time_left() {
        Instant first = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        counters.record(key, Duration.ofMinutes(15), first);
        Instant second = first.plusMillis(250);
        AttemptWindow window = counters.record(key, Duration.ofMinutes(15), second);

        assertThat(window.count()).isEqualTo(2);
        assertThat(window.lastAt()).isEqualTo(second);
        assertThat(window.untilReset()).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        AttemptWindow read = counters.read(key, second);
        assertThat(read.count()).isEqualTo(2);
        assertThat(read.lastAt()).isEqualTo(second);
    }

    @Test
    void a_window_resets_once_it_has_passed() throws InterruptedException {
        counters.record(key, Duration.ofMillis(500), Instant.now());
        counters.record(key, Duration.ofMillis(500), Instant.now());

        Thread.sleep(800);

        assertThat(counters.read(key, Instant.now())).isEqualTo(AttemptWindow.NONE);
        assertThat(counters.record(key, Duration.ofMillis(500), Instant.now()).count()).isEqualTo(1);
    }

    @Test
    void clearing_a_key_forgets_its_attempts_and_only_its_own() {
        String other = key + ":other";
        counters.record(key, Duration.ofMinutes(1), Instant.now());
        counters.record(other, Duration.ofMinutes(1), Instant.now());

        counters.clear(key);

        assertThat(counters.read(key, Instant.now())).isEqualTo(AttemptWindow.NONE);
        assertThat(counters.read(other, Instant.now()).count()).isEqualTo(1);
    }
}
