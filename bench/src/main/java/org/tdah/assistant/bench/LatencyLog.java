package org.tdah.assistant.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** What one worker saw in one phase: each response's latency, and the failures by kind. Not thread-safe. */
final class LatencyLog {
    private long[] nanos = new long[4096];
    private int size;
    private final Map<String, Long> failures = new TreeMap<>();
    private long relogins;

    void response(long latencyNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latencyNanos;
    }

    void failure(String kind) {
        failures.merge(kind, 1L, Long::sum);
    }

    void relogin() {
        relogins++;
    }

    long[] latencies() {
        return Arrays.copyOf(nanos, size);
    }

    Map<String, Long> failures() {
        return failures;
    }

    long relogins() {
        return relogins;
    }

    /** All workers' logs as one. */
    static LatencyLog merge(Iterable<LatencyLog> logs) {
        LatencyLog all = new LatencyLog();
        for (LatencyLog log : logs) {
            for (int i = 0; i < log.size; i++) {
                all.response(log.nanos[i]);
            }
            log.failures.forEach((kind, count) -> all.failures.merge(kind, count, Long::sum));
            all.relogins += log.relogins;
        }
        return all;
    }
}
