package org.tdah.assistant.domain.sms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * A period usage is grouped by: one day, or one calendar month. {@code start} is the period's first
 * day (the first of the month for a month), so every day of a period gives the same period, and
 * its label ({@code 2026-12-01}, {@code 2026-12}) sorts in time order.
 */
public record UsagePeriod(Granularity granularity, LocalDate start) {

    /** How long a period is; clients name it {@code day} or {@code month}. */
    public enum Granularity {
        DAY(DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)),
        MONTH(DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT));

        private final DateTimeFormatter format;

        Granularity(DateTimeFormatter format) {
            this.format = format;
        }

        public static Granularity of(String name) {
            for (Granularity granularity : values()) {
                if (granularity.name().equalsIgnoreCase(name)) {
                    return granularity;
                }
            }
            throw InvalidInputException.of("by", "is day or month");
        }

        /** The label of the period holding {@code day}: {@code 2026-12-01} by day, {@code 2026-12} by month. */
        public String label(LocalDate day) {
            return format.format(day);
        }

        private LocalDate start(LocalDate day) {
            return this == MONTH ? day.withDayOfMonth(1) : day;
        }
    }

    public UsagePeriod {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(start, "start");
        if (!granularity.start(start).equals(start)) {
            throw new IllegalArgumentException("a month starts on its first day, not on " + start);
        }
    }

    /** The period of the given granularity holding {@code day}. */
    public static UsagePeriod of(Granularity granularity, LocalDate day) {
        Objects.requireNonNull(granularity, "granularity");
        return new UsagePeriod(granularity, granularity.start(day));
    }

    /** The first day after the period. */
    public LocalDate end() {
        return granularity == Granularity.MONTH ? start.plusMonths(1) : start.plusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end());
    }

    public String label() {
        return granularity.label(start);
    }
}
