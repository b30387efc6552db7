package org.tdah.assistant.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The percentile, rate and CPU arithmetic of the reports, and the reading of hey's output. */
class ReportArithmeticTest {
    private static final long MS = 1_000_000;

    @Test
    void nearestRankPercentilesOfOneToAHundredMilliseconds() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> ((i * 37) % 100 + 1) * MS).toArray();
        long[] sorted = Stats.sorted(shuffled);
        assertEquals(50.0, Stats.percentileMs(sorted, 50));
        assertEquals(90.0, Stats.percentileMs(sorted, 90));
        assertEquals(99.0, Stats.percentileMs(sorted, 99));
        assertEquals(100.0, Stats.percentileMs(sorted, 100));
        assertEquals(100.0, Stats.maxMs(sorted));
        assertEquals(50.5, Stats.meanMs(sorted), 1e-9);
    }

    @Test
    void smallAndEmptySamples() {
        long[] one = {7 * MS};
        assertEquals(7.0, Stats.percentileMs(one, 50));
        assertEquals(7.0, Stats.percentileMs(one, 99));
        // of 10 values, p99 is the largest (rank ceil(9.9) = 10) and p50 the 5th
        long[] ten = LongStream.rangeClosed(1, 10).map(i -> i * MS).toArray();
        assertEquals(10.0, Stats.percentileMs(ten, 99));
        assertEquals(5.0, Stats.percentileMs(ten, 50));
        assertTrue(Double.isNaN(Stats.percentileMs(new long[0], 50)));
    }

    @Test
    void ratesAndCpu() {
        assertEquals(500.0, Stats.perSecond(1000, 2_000_000_000L), 1e-9);
        // 3000 ticks at 100/s over 20 s: 1.5 cores; over 6000 requests: 5 ms each
        assertEquals(1.5, Stats.cores(3000, 100, 20_000_000_000L), 1e-9);
        assertEquals(5.0, Stats.cpuMsPerRequest(3000, 100, 6000), 1e-9);
        assertTrue(Double.isNaN(Stats.cores(-1, 100, 1)));
        assertEquals(Duration.ofMillis(1500), Options.duration("1.5s"));
        assertEquals("20s", Options.goDuration(Options.duration("20s")));
    }

    @Test
    void readsHeysReport() {
        String text = """

                Summary:
                  Total:\t20.0123 secs
                  Slowest:\t0.1021 secs
                  Fastest:\t0.0004 secs
                  Average:\t0.0101 secs
                  Requests/sec:\t3150.2000

                Latency distribution:
                  10% in 0.0021 secs
                  50% in 0.0080 secs
                  90% in 0.0200 secs
                  99% in 0.0450 secs

                Status code distribution:
                  [200]\t63000 responses
                  [401]\t4 responses

                Error distribution:
                  [3]\tGet "http://127.0.0.1:1/api/v1/users/me": EOF
                """;
        HeyOutput hey = HeyOutput.parse(text);
        assertEquals(20.0123, hey.totalSeconds(), 1e-9);
        assertEquals(3150.2, hey.requestsPerSecond(), 1e-9);
        assertEquals(8.0, hey.percentileMs(50), 1e-9);
        assertEquals(45.0, hey.percentileMs(99), 1e-9);
        assertEquals(102.1, hey.slowestMs(), 1e-9);
        assertEquals(63004, hey.responses());
        assertEquals(Map.of("status 401", 4L, "hey: Get \"http://127.0.0.1:1/api/v1/users/me\": EOF", 3L), hey.failures());
    }
}
