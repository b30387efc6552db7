package org.tdah.assistant.bench;

import java.util.Arrays;

/**
 * The arithmetic of a report: nearest-rank percentiles over recorded latencies, the mean, and
 * the rate. Latencies are nanoseconds; figures come out in milliseconds.
 */
final class Stats {
    private static final double NANOS_PER_MS = 1_000_000.0;

    private Stats() {}

    /**
     * The nearest-rank percentile: the smallest recorded value such that at least {@code p} percent
     * of all values are at or below it (rank {@code ceil(p/100 * n)}, 1-based). NaN when empty.
     */
    static double percentileMs(long[] sortedNanos, double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("a percentile is in (0, 100]");
        }
        int n = sortedNanos.length;
        if (n == 0) {
            return Double.NaN;
        }
        // less a hair: 99.9 / 100 * 1000 is 999.0000000000001 in doubles, whose ceiling is one rank too high
        int rank = (int) Math.ceil(p / 100.0 * n - 1e-9);
        int index = Math.min(n, Math.max(1, rank)) - 1;
        return sortedNanos[index] / NANOS_PER_MS;
    }

    static double maxMs(long[] sortedNanos) {
        return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / NANOS_PER_MS;
    }

    static double meanMs(long[] nanos) {
        return nanos.length == 0 ? Double.NaN : Arrays.stream(nanos).average().orElseThrow() / NANOS_PER_MS;
    }

    /** Completed requests per second of wall-clock time. */
    static double perSecond(long count, long elapsedNanos) {
        return elapsedNanos <= 0 ? Double.NaN : count * 1e9 / elapsedNanos;
    }

    /** CPU time used, in cores (1.0 = one core busy all along); NaN when unknown. */
    static double cores(long ticks, long clockTicksPerSecond, long elapsedNanos) {
        if (ticks < 0 || elapsedNanos <= 0) {
            return Double.NaN;
        }
        return ticks / (double) clockTicksPerSecond / (elapsedNanos / 1e9);
    }

    /** CPU milliseconds per request; NaN when unknown. */
    static double cpuMsPerRequest(long ticks, long clockTicksPerSecond, long requests) {
        if (ticks < 0 || requests <= 0) {
            return Double.NaN;
        }
        return ticks * 1000.0 / clockTicksPerSecond / requests;
    }

    /** Sorted copy, for the percentiles. */
    static long[] sorted(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return copy;
    }
}
