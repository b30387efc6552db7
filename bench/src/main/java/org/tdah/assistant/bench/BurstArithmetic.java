package org.tdah.assistant.bench;

/** The sums of the reminder burst and of db-scheduler's no-op run, kept apart so that they are unit-tested. */
final class BurstArithmetic {

    /** Items per second over {@code seconds}; 0 when no time passed (nothing to divide by). */
    static double rate(long items, double seconds) {
        return seconds > 0 ? items / seconds : 0;
    }

    /** Our rate as a fraction of the limit's; NaN when the limit is not positive. */
    static double ratio(double ours, double limit) {
        return limit > 0 ? ours / limit : Double.NaN;
    }

    private BurstArithmetic() {}
}
