package org.tdah.assistant.application.shared.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @Test
    void counting_if_unchanged_counts_against_the_window_that_was_read() {
        Instant now = Instant.now();
        AttemptWindow none = counters.read(key, now);

        AttemptWindow first = counters.recordIfUnchanged(key, none, Duration.ofMinutes(1), now).orElseThrow();
        AttemptWindow read = counters.read(key, now.plusMillis(5));
        AttemptWindow second = counters.recordIfUnchanged(key, read, Duration.ofMinutes(1), now.plusMillis(5)).orElseThrow();

        assertThat(first.count()).isEqualTo(1);
        assertThat(second.count()).isEqualTo(2);
        assertThat(counters.read(key, now.plusMillis(5)).count()).isEqualTo(2);
    }

    @Test
    void counting_if_unchanged_refuses_once_another_attempt_was_counted_since_the_read() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        counters.record(key, Duration.ofMinutes(1), now);
        AttemptWindow read = counters.read(key, now);
        counters.record(key, Duration.ofMinutes(1), now.plusMillis(3));

        assertThat(counters.recordIfUnchanged(key, read, Duration.ofMinutes(1), now.plusMillis(4))).isEmpty();
        assertThat(counters.recordIfUnchanged(key, AttemptWindow.NONE, Duration.ofMinutes(1), now.plusMillis(4))).isEmpty();
        assertThat(counters.read(key, now.plusMillis(4)).count()).isEqualTo(2);
    }

    @Test
    void releasing_takes_back_one_attempt_and_never_goes_below_zero() {
        Instant now = Instant.now();
        counters.record(key, Duration.ofMinutes(1), now);
        counters.record(key, Duration.ofMinutes(1), now);

        counters.release(key);
        assertThat(counters.read(key, now).count()).isEqualTo(1);
        counters.release(key);
        counters.release(key);
        assertThat(counters.read(key, now).count()).isZero();
        counters.release(key + ":never-counted");
        assertThat(counters.read(key + ":never-counted", now)).isEqualTo(AttemptWindow.NONE);
    }

    @Test
    void of_racing_attempts_that_check_then_count_only_as_many_as_the_check_allows_are_counted() throws Exception {
        int threads = 20;
        int allowed = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        Callable<Boolean> attempt = () -> {
            start.await();
            while (true) {
                AttemptWindow read = counters.read(key, Instant.now());
                if (read.count() >= allowed) {
                    return false;
                }
                if (counters.recordIfUnchanged(key, read, Duration.ofMinutes(1), Instant.now()).isPresent()) {
                    return true;
                }
            }
        };
        for (int i = 0; i < threads * 3; i++) {
            outcomes.add(pool.submit(attempt));
        }
        start.countDown();
        int admitted = 0;
        for (Future<Boolean> outcome : outcomes) {
            admitted += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdownNow();

        assertThat(admitted).isEqualTo(allowed);
        assertThat(counters.read(key, Instant.now()).count()).isEqualTo(allowed);
    }
}
