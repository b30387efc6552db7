package org.tdah.assistant.testkit.assistant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tdah.assistant.application.assistant.port.RecurrenceRules;

/**
 * RFC 5545 recurrence rules written from the RFC with the JDK alone, for a subset: FREQ=DAILY,
 * WEEKLY or MONTHLY, with INTERVAL, BYDAY (weekday codes without ordinals; the days of each week
 * for WEEKLY, a filter for DAILY), BYMONTHDAY (1 to 31, MONTHLY only), WKST, COUNT and UNTIL. Any
 * other rule gets a problem saying the reference does not support it. It is the in-memory adapter
 * of {@link RecurrenceRules} and the independent expansion the lib-recur adapter is checked against.
 *
 * <p>Readings shared with the production adapter: names and values are case-insensitive; the start
 * is always the first occurrence and counts toward COUNT; UNTIL is inclusive and bounds the start
 * too; a date UNTIL includes its whole day, and a UTC one ({@code ...Z}) is compared as if it were
 * local (the port has no zone); weeks begin on WKST, Monday by default, which decides the weeks an
 * INTERVAL keeps; a month without the day is skipped, never clamped. Expansion stops 200 years after
 * the later of the start and {@code after}, so a rule that matches nothing still ends.
 */
public final class ReferenceRecurrenceRules implements RecurrenceRules {
    private static final int HORIZON_YEARS = 200;
    private static final Set<String> RFC_PARTS = Set.of("FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE",
            "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST");
    private static final Set<String> RFC_FREQUENCIES = Set.of("SECONDLY", "MINUTELY", "HOURLY", "YEARLY");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    private static final Pattern ORDINAL_WEEKDAY = Pattern.compile("[+-]?\\d{1,2}(MO|TU|WE|TH|FR|SA|SU)");
    private static final Pattern UNTIL = Pattern.compile("(\\d{8})(?:T(\\d{6})Z?)?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss").withResolverStyle(ResolverStyle.STRICT);

    private enum Frequency { DAILY, WEEKLY, MONTHLY }

    private record Rule(Frequency frequency, int interval, Set<DayOfWeek> byDay, SortedSet<Integer> byMonthDay,
            DayOfWeek weekStart, int count, LocalDateTime lastAllowed) {}

    @Override
    public Optional<String> problemWith(String rule) {
        try {
            read(rule);
            return Optional.empty();
        } catch (Unreadable unreadable) {
            return Optional.of(unreadable.getMessage());
        }
    }

    @Override
    public List<LocalDateTime> occurrencesAfter(String text, LocalDateTime start, LocalDateTime after, int count) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(after, "after");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        Rule rule;
        try {
            rule = read(text);
        } catch (Unreadable unreadable) {
            throw new IllegalArgumentException(unreadable.getMessage(), unreadable);
        }
        Answer answer = new Answer(rule, after, count);
        if (count == 0 || !answer.offer(start)) {
            return answer.found;
        }
        LocalDateTime horizon = (start.isAfter(after) ? start : after).plusYears(HORIZON_YEARS);
        LocalDate startDate = start.toLocalDate();
        for (long period = 0; ; period++) {
            LocalDate first = firstDayOf(rule, startDate, period * rule.interval());
            if (first.atStartOfDay().isAfter(horizon)) {
                return answer.found;
            }
            for (LocalDate day : daysOf(rule, first, startDate)) {
                LocalDateTime occurrence = day.atTime(start.toLocalTime());
                if (occurrence.isAfter(start) && !answer.offer(occurrence)) {
                    return answer.found;
                }
            }
        }
    }

    private static LocalDate firstDayOf(Rule rule, LocalDate startDate, long periodsFromStart) {
        return switch (rule.frequency()) {
            case DAILY -> startDate.plusDays(periodsFromStart);
            case WEEKLY -> startDate.with(TemporalAdjusters.previousOrSame(rule.weekStart())).plusWeeks(periodsFromStart);
            case MONTHLY -> startDate.withDayOfMonth(1).plusMonths(periodsFromStart);
        };
    }

    private static List<LocalDate> daysOf(Rule rule, LocalDate first, LocalDate startDate) {
        List<LocalDate> days = new ArrayList<>();
        switch (rule.frequency()) {
            case DAILY -> {
                if (rule.byDay().isEmpty() || rule.byDay().contains(first.getDayOfWeek())) {
                    days.add(first);
                }
            }
            case WEEKLY -> {
                Set<DayOfWeek> weekdays = rule.byDay().isEmpty() ? EnumSet.of(startDate.getDayOfWeek()) : rule.byDay();
                for (int offset = 0; offset < 7; offset++) {
                    LocalDate day = first.plusDays(offset);
                    if (weekdays.contains(day.getDayOfWeek())) {
                        days.add(day);
                    }
                }
            }
            case MONTHLY -> {
                SortedSet<Integer> monthDays = rule.byMonthDay().isEmpty()
                        ? new TreeSet<>(Set.of(startDate.getDayOfMonth())) : rule.byMonthDay();
                for (int monthDay : monthDays) {
                    if (monthDay <= first.lengthOfMonth()) {
                        days.add(first.withDayOfMonth(monthDay));
                    }
                }
            }
        }
        return days;
    }

    /** The occurrences kept so far, and whether the series or the answer goes on. */
    private static final class Answer {
        private final Rule rule;
        private final LocalDateTime after;
        private final int wanted;
        private final List<LocalDateTime> found = new ArrayList<>();
        private int ofTheSeries;

        Answer(Rule rule, LocalDateTime after, int wanted) {
            this.rule = rule;
            this.after = after;
            this.wanted = wanted;
        }

        /** Takes the next occurrence of the series; false once nothing more is wanted. */
        boolean offer(LocalDateTime occurrence) {
            if (rule.lastAllowed() != null && occurrence.isAfter(rule.lastAllowed())) {
                return false;
            }
            ofTheSeries++;
            if (occurrence.isAfter(after)) {
                found.add(occurrence);
            }
            return found.size() < wanted && (rule.count() == 0 || ofTheSeries < rule.count());
        }
    }

    private static Rule read(String text) {
        if (text == null || text.isBlank()) {
            throw new Unreadable("The repetition rule is empty.");
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        if (upper.startsWith("RRULE:")) {
            throw new Unreadable("Write the rule without its \"RRULE:\" prefix, for example FREQ=WEEKLY;BYDAY=MO.");
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : upper.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            if (equals <= 0 || equals == part.length() - 1) {
                throw new Unreadable("The repetition rule cannot be read: \"" + part + "\" is not NAME=VALUE.");
            }
            String name = part.substring(0, equals);
            if (!RFC_PARTS.contains(name)) {
                throw new Unreadable("The repetition rule cannot be read: " + name + " is not a part of a rule.");
            }
            if (parts.put(name, part.substring(equals + 1)) != null) {
                throw new Unreadable("The repetition rule gives " + name + " twice.");
            }
        }
        for (String name : parts.keySet()) {
            if (!Set.of("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "WKST", "COUNT", "UNTIL").contains(name)) {
                throw unsupported(name);
            }
        }
        Frequency frequency = frequency(parts.get("FREQ"));
        if (parts.containsKey("COUNT") && parts.containsKey("UNTIL")) {
            throw new Unreadable("A repetition rule cannot have both COUNT and UNTIL.");
        }
        Set<DayOfWeek> byDay = parts.containsKey("BYDAY") ? byDay(parts.get("BYDAY"), frequency) : EnumSet.noneOf(DayOfWeek.class);
        SortedSet<Integer> byMonthDay = parts.containsKey("BYMONTHDAY") ? byMonthDay(parts.get("BYMONTHDAY"), frequency) : new TreeSet<>();
        DayOfWeek weekStart = parts.containsKey("WKST") ? weekday(parts.get("WKST"), "WKST") : DayOfWeek.MONDAY;
        int interval = parts.containsKey("INTERVAL") ? positive(parts.get("INTERVAL"), "INTERVAL") : 1;
        int count = parts.containsKey("COUNT") ? positive(parts.get("COUNT"), "COUNT") : 0;
        LocalDateTime lastAllowed = parts.containsKey("UNTIL") ? lastAllowed(parts.get("UNTIL")) : null;
        return new Rule(frequency, interval, byDay, byMonthDay, weekStart, count, lastAllowed);
    }

    private static Frequency frequency(String value) {
        if (value == null) {
            throw new Unreadable("The repetition rule has no FREQ.");
        }
        if (RFC_FREQUENCIES.contains(value)) {
            throw unsupported("FREQ=" + value);
        }
        try {
            return Frequency.valueOf(value);
        } catch (IllegalArgumentException notAFrequency) {
            throw new Unreadable("The repetition rule cannot be read: " + value + " is not a frequency.");
        }
    }

    private static Set<DayOfWeek> byDay(String value, Frequency frequency) {
        if (frequency == Frequency.MONTHLY) {
            throw unsupported("BYDAY with FREQ=MONTHLY");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String code : value.split(",", -1)) {
            if (ORDINAL_WEEKDAY.matcher(code).matches()) {
                throw unsupported("BYDAY=" + code);
            }
            days.add(weekday(code, "BYDAY"));
        }
        return days;
    }

    private static SortedSet<Integer> byMonthDay(String value, Frequency frequency) {
        if (frequency != Frequency.MONTHLY) {
            throw unsupported("BYMONTHDAY with FREQ=" + frequency);
        }
        SortedSet<Integer> days = new TreeSet<>();
        for (String day : value.split(",", -1)) {
            int monthDay = integer(day, "BYMONTHDAY");
            if (monthDay >= -31 && monthDay <= -1) {
                throw unsupported("BYMONTHDAY=" + day);
            }
            if (monthDay < 1 || monthDay > 31) {
                throw new Unreadable("The repetition rule cannot be read: BYMONTHDAY must be a day from 1 to 31.");
            }
            days.add(monthDay);
        }
        return days;
    }

    private static DayOfWeek weekday(String code, String part) {
        DayOfWeek day = WEEKDAYS.get(code);
        if (day == null) {
            throw new Unreadable("The repetition rule cannot be read: " + part + " needs weekdays such as MO or FR, not \"" + code + "\".");
        }
        return day;
    }

    private static int positive(String value, String part) {
        int number = integer(value, part);
        if (number < 1) {
            throw new Unreadable("The repetition rule cannot be read: " + part + " must be a whole number from 1.");
        }
        return number;
    }

    private static int integer(String value, String part) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new Unreadable("The repetition rule cannot be read: " + part + " must be a whole number, not \"" + value + "\".");
        }
    }

    private static LocalDateTime lastAllowed(String value) {
        Matcher until = UNTIL.matcher(value);
        try {
            if (until.matches()) {
                LocalDate date = LocalDate.parse(until.group(1), DATE);
                return until.group(2) == null ? date.atTime(LocalTime.MAX) : date.atTime(LocalTime.parse(until.group(2), TIME));
            }
        } catch (DateTimeParseException notADate) {
            // answered below, like any other unreadable value
        }
        throw new Unreadable("The repetition rule cannot be read: UNTIL must be a date (20270101), a local date-time "
                + "(20270101T000000) or a UTC one (20270101T000000Z).");
    }

    private static Unreadable unsupported(String what) {
        return new Unreadable("The reference recurrence rules do not support " + what + ".");
    }

    /** Why a rule cannot be read, as the sentence {@link #problemWith} answers. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String sentence) {
            super(sentence, null, false, false);
        }
    }
}
