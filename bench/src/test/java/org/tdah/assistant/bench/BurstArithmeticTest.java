package org.tdah.assistant.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The rate and ratio of the reminder burst against db-scheduler's no-op run, and p99.9 by nearest rank. */
class BurstArithmeticTest {

    @Test
    void rateIsItemsOverSecondsAndZeroWithoutTime() {
        assertEquals(500.0, BurstArithmetic.rate(10_000, 20.0), 1e-9);
        assertEquals(0.0, BurstArithmetic.rate(10_000, 0.0));
        assertEquals(0.0, BurstArithmetic.rate(10_000, -1.0));
    }

    @Test
    void ratioOfOursToTheLimit() {
        assertEquals(0.25, BurstArithmetic.ratio(250, 1000), 1e-9);
        assertTrue(Double.isNaN(BurstArithmetic.ratio(250, 0)));
    }

    @Test
    void percentile999OfAThousandIsTheNineHundredNinetyNinth() {
        long[] sorted = Stats.sorted(LongStream.rangeClosed(1, 1000).map(i -> i * 1_000_000).toArray());
        assertEquals(999.0, Stats.percentileMs(sorted, 99.9), 1e-9);
        assertEquals(1000.0, Stats.percentileMs(sorted, 100), 1e-9);
    }

    @Test
    void durationsOfTheCommandLine() {
        assertEquals(Duration.ofSeconds(1), Options.duration("1s"));
        assertEquals(Duration.ofMillis(500), Options.duration("500ms"));
    }
}
