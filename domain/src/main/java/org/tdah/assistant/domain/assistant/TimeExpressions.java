package org.tdah.assistant.domain.assistant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tdah.assistant.domain.assistant.Vocabulary.Meaning;
import org.tdah.assistant.domain.identity.Language;

/**
 * Finds what the words of a message say about <em>when</em> ("at 4", "in 20 min", "tomorrow 9am",
 * "lundi à 10h30", "ce soir") and resolves it to the next future instant in the person's zone.
 * The rules (decision record 0018):
 * <ul>
 *   <li>an hour written without am/pm, "du matin"/"du soir" or a 24-hour form: 1 to 7 is afternoon
 *   or evening (13:00-19:00); 8 to 11 is the next one of the morning and evening times still ahead
 *   (on a named day, the morning); 12 is noon; 0 and 13-23, a leading zero ("07:00") and the French
 *   "h" notation from 6h ("7h30", "8h", "8 heures") are read on the 24-hour clock, as French writes
 *   it (1h-5h stay afternoon: "à 4h" is 16:00);
 *   a part of the day said with it ("tonight at 9", "ce soir à 8h") decides the half of the day;</li>
 *   <li>a day without a time: 09:00 ("next week": the next Monday); morning 09:00, afternoon 15:00, evening and "tonight" 20:00,
 *   night 21:00; "today" alone says no time, and the caller asks;</li>
 *   <li>nothing resolves in the past: a time already gone today moves to tomorrow, a weekday
 *   already gone moves to next week; "tonight" after 20:00 (or "this afternoon" after 15:00) is the
 *   next whole hour at least 30 minutes away while that part of the day lasts; "in N minutes/hours"
 *   counts real elapsed time;</li>
 *   <li>a local time that does not exist (spring forward) moves forward by the gap, one that exists
 *   twice (fall back) is the earlier ({@link ZonedDateTime#ofLocal} without a preferred offset).</li>
 * </ul>
 */
final class TimeExpressions {
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?:([:.h])(\\d{2})?)?(am|pm|a|p)?");
    private static final Pattern AMOUNT_WITH_UNIT = Pattern.compile("(\\d{1,4})([a-z]+)");
    private static final Pattern HOURS_AND_MINUTES = Pattern.compile("(\\d{1,2})h(\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final LocalTime DAY_DEFAULT = LocalTime.of(9, 0);
    private static final Set<String> THIS = Set.of("this", "ce", "cet", "cette");
    private static final LocalTime TONIGHT_DEFAULT = LocalTime.of(20, 0);

    enum Part {
        MORNING(LocalTime.of(9, 0), LocalTime.NOON), AFTERNOON(LocalTime.of(15, 0), LocalTime.of(18, 0)),
        EVENING(TONIGHT_DEFAULT, LocalTime.MAX), NIGHT(LocalTime.of(21, 0), LocalTime.MAX);

        final LocalTime defaultTime;
        final LocalTime end;

        Part(LocalTime defaultTime, LocalTime end) {
            this.defaultTime = defaultTime;
            this.end = end;
        }
    }

    /** A time of day as written; {@code pm} null when neither am nor pm was said. */
    record Clock(int hour, int minute, Boolean pm, boolean twentyFourHour) {
        /** The local times it may mean, earliest first (see the class rules). */
        List<LocalTime> candidates(Part part) {
            if (pm != null) {
                return List.of(LocalTime.of(hour % 12 + (pm ? 12 : 0), minute));
            }
            if (hour >= 13 || hour == 0 || part == Part.MORNING) {
                return List.of(LocalTime.of(hour, minute));
            }
            if (part != null) {
                return List.of(LocalTime.of(hour == 12 ? 12 : hour + 12, minute));
            }
            if (twentyFourHour || hour == 12) {
                return List.of(LocalTime.of(hour, minute));
            }
            if (hour <= 7) {
                return List.of(LocalTime.of(hour + 12, minute));
            }
            return List.of(LocalTime.of(hour, minute), LocalTime.of(hour + 12, minute));
        }
    }

    /** A day named relative to today ("tomorrow": 1) or by its weekday. */
    record Day(int daysFromToday, DayOfWeek weekday, boolean afterToday) {
        static Day relative(int days) {
            return new Day(days, null, false);
        }

        LocalDate from(LocalDate today) {
            if (weekday == null) {
                return today.plusDays(daysFromToday);
            }
            LocalDate start = afterToday ? today.plusDays(1) : today;
            return start.with(TemporalAdjusters.nextOrSame(weekday));
        }
    }

    record Amount(long value, ChronoUnit unit) {
    }

    /**
     * What was found: the words it used and its parts, each null when absent. {@code tonight}: the
     * evening of today was named ("tonight", "ce soir").
     */
    record When(Set<Integer> used, Amount offset, Day day, Clock clock, Part part, boolean tonight) {
        boolean saysTimeOfDay() {
            return clock != null || part != null;
        }

        /** The next future instant meant, or empty when only "today" was said. */
        Optional<ZonedDateTime> resolve(ZonedDateTime now) {
            LocalDate date = null;
            if (offset != null) {
                ZonedDateTime later = now.plus(offset.value(), offset.unit());
                if (offset.unit().getDuration().toHours() < 24 || !saysTimeOfDay()) {
                    return Optional.of(later);
                }
                date = later.toLocalDate();
            } else if (day != null) {
                date = day.from(now.toLocalDate());
            }
            List<LocalTime> times = clock != null ? clock.candidates(part)
                    : part != null ? List.of(part.defaultTime)
                    : date != null && date.isAfter(now.toLocalDate()) ? List.of(DAY_DEFAULT)
                    : day != null && day.weekday() != null ? List.of(DAY_DEFAULT) : List.of();
            if (times.isEmpty()) {
                return Optional.empty();
            }
            if (date == null) {
                return firstFuture(now, now.toLocalDate(), times, 1);
            }
            if (day != null && (day.weekday() != null || day.daysFromToday() > 0)) {
                times = times.subList(0, 1);
            }
            Optional<ZonedDateTime> onThatDay = earliestFuture(now, date, times);
            if (onThatDay.isPresent()) {
                return onThatDay;
            }
            if (clock == null && part != null && date.equals(now.toLocalDate())) {
                ZonedDateTime soon = nextWholeHour(now.plusMinutes(30));
                if (soon.toLocalDate().equals(date) && soon.toLocalTime().isBefore(part.end)) {
                    return Optional.of(soon);
                }
            }
            return firstFuture(now, date, times, day != null && day.weekday() != null ? 7 : 1);
        }
    }

    private final Vocabulary vocabulary;

    TimeExpressions(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The time said in the words, ignoring the words in {@code skip}. */
    Optional<When> find(List<String> words, Set<Integer> skip, boolean bareNumberIsClock) {
        Scan scan = new Scan(words, skip, bareNumberIsClock);
        for (int i = 0; i < words.size(); ) {
            i = skip.contains(i) ? i + 1 : scan.at(i);
        }
        return scan.used.isEmpty() ? Optional.empty()
                : Optional.of(new When(Set.copyOf(scan.used), scan.offset, scan.day, scan.clock, scan.part, scan.tonight));
    }

    /** One pass over the words; each {@code at} returns the index after what it read. */
    private final class Scan {
        final List<String> words;
        final Set<Integer> skip;
        final boolean bareNumberIsClock;
        final Set<Integer> used = new HashSet<>();
        Amount offset;
        Day day;
        Clock clock;
        Part part;
        boolean tonight;
        int dayEnd = -1;

        Scan(List<String> words, Set<Integer> skip, boolean bareNumberIsClock) {
            this.words = words;
            this.skip = skip;
            this.bareNumberIsClock = bareNumberIsClock;
        }

        int at(int i) {
            int next;
            if (offset == null && day == null && (next = duration(i)) > i) {
                return next;
            }
            if (day == null && offset == null && (next = day(i)) > i) {
                return next;
            }
            if (part == null && (next = standalonePart(i)) > i) {
                return next;
            }
            if (clock == null && (next = clock(i)) > i) {
                return next;
            }
            return i + 1;
        }

        int duration(int i) {
            int lead = vocabulary.match(words, i, Meaning.DURATION_LEAD);
            if (lead == 0 || !free(i, lead)) {
                return i;
            }
            int j = i + lead;
            int half = vocabulary.match(words, j, Meaning.HALF_HOUR);
            if (half > 0) {
                return take(i, j + half, () -> offset = new Amount(30, ChronoUnit.MINUTES));
            }
            int quarter = vocabulary.match(words, j, Meaning.QUARTER_HOUR);
            if (quarter > 0) {
                return take(i, j + quarter, () -> offset = new Amount(15, ChronoUnit.MINUTES));
            }
            if (j >= words.size()) {
                return i;
            }
            Matcher hoursMinutes = HOURS_AND_MINUTES.matcher(words.get(j));
            if (hoursMinutes.matches()) {
                long minutes = Long.parseLong(hoursMinutes.group(1)) * 60 + Long.parseLong(hoursMinutes.group(2));
                return minutes == 0 ? i : take(i, j + 1, () -> offset = new Amount(minutes, ChronoUnit.MINUTES));
            }
            Matcher withUnit = AMOUNT_WITH_UNIT.matcher(words.get(j));
            if (withUnit.matches()) {
                ChronoUnit unit = vocabulary.lookup(vocabulary.units(), withUnit.group(2));
                long value = Long.parseLong(withUnit.group(1));
                return unit == null || value == 0 ? i : take(i, j + 1, () -> offset = new Amount(value, unit));
            }
            Integer value = amount(j);
            int amountWords = NUMBER.matcher(words.get(j)).matches() ? 1 : numberWords(j);
            if (value == null || value == 0 || j + amountWords >= words.size()) {
                return i;
            }
            ChronoUnit unit = vocabulary.lookup(vocabulary.units(), words.get(j + amountWords));
            if (unit == null) {
                return i;
            }
            return take(i, j + amountWords + 1, () -> offset = new Amount(value, unit));
        }

        Integer amount(int j) {
            String word = words.get(j);
            if (NUMBER.matcher(word).matches()) {
                return Integer.parseInt(word);
            }
            int n = numberWords(j);
            return n == 0 ? null : vocabulary.numbers().get(String.join(" ", words.subList(j, j + n)));
        }

        int numberWords(int j) {
            for (int n = Math.min(2, words.size() - j); n >= 1; n--) {
                if (vocabulary.numbers().containsKey(String.join(" ", words.subList(j, j + n)))) {
                    return n;
                }
            }
            return 0;
        }

        int day(int i) {
            int n;
            if ((n = vocabulary.match(words, i, Meaning.AFTER_TOMORROW)) > 0) {
                return dayTaken(i, i + n, Day.relative(2), false);
            }
            if ((n = vocabulary.match(words, i, Meaning.NEXT_WEEK)) > 0) {
                return dayTaken(i, i + n, new Day(0, DayOfWeek.MONDAY, true), false);
            }
            if ((n = vocabulary.match(words, i, Meaning.TONIGHT)) > 0) {
                return dayTaken(i, i + n, Day.relative(0), true);
            }
            if ((n = vocabulary.match(words, i, Meaning.TOMORROW)) > 0) {
                return dayTaken(i, i + n, Day.relative(1), false);
            }
            if ((n = vocabulary.match(words, i, Meaning.TODAY)) > 0) {
                return dayTaken(i, i + n, Day.relative(0), false);
            }
            int lead = vocabulary.match(words, i, Meaning.WEEKDAY_LEAD);
            boolean next = lead > 0 && vocabulary.match(words, i, Meaning.NEXT_WEEK_MARK) > 0;
            for (int start : lead > 0 ? new int[] {i + lead, i} : new int[] {i}) {
                if (start < words.size()) {
                    DayOfWeek weekday = vocabulary.lookup(vocabulary.weekdays(), words.get(start));
                    if (weekday != null) {
                        int end = start + 1;
                        int mark = vocabulary.match(words, end, Meaning.NEXT_WEEK_MARK);
                        boolean after = (next && start > i) || mark > 0;
                        return dayTaken(start > i ? i : start, end + mark, new Day(0, weekday, after), false);
                    }
                }
            }
            return i;
        }

        int dayTaken(int from, int to, Day found, boolean isTonight) {
            if (!free(from, to - from)) {
                return from;
            }
            int end = take(from, to, () -> {
                day = found;
                tonight = isTonight;
                if (isTonight && part == null) {
                    part = Part.EVENING;
                }
            });
            dayEnd = end;
            Part following = partAt(end, true);
            if (following != null && part == null) {
                int n = partLength(end);
                part = following;
                dayEnd = take(end, end + n, () -> { });
            }
            return dayEnd;
        }

        int standalonePart(int i) {
            Part found = partAt(i, false);
            boolean today = day == null && offset == null && THIS.contains(words.get(i));
            return found == null ? i : take(i, i + partLength(i), () -> {
                part = found;
                if (today) {
                    day = Day.relative(0);
                }
            });
        }

        /** A part of the day at {@code i}; single words ("morning") only right after a day. */
        Part partAt(int i, boolean afterDay) {
            Meaning[] meanings = {Meaning.MORNING, Meaning.AFTERNOON, Meaning.EVENING, Meaning.NIGHT};
            Part[] parts = {Part.MORNING, Part.AFTERNOON, Part.EVENING, Part.NIGHT};
            for (int k = 0; k < meanings.length; k++) {
                int n = vocabulary.match(words, i, meanings[k]);
                boolean clockSuffix = n == 1 && (words.get(i).equals("am") || words.get(i).equals("pm"));
                if (n > 0 && (afterDay || n > 1) && !clockSuffix && free(i, n)) {
                    return parts[k];
                }
            }
            return null;
        }

        int partLength(int i) {
            for (Meaning meaning : new Meaning[] {Meaning.MORNING, Meaning.AFTERNOON, Meaning.EVENING, Meaning.NIGHT}) {
                int n = vocabulary.match(words, i, meaning);
                if (n > 0) {
                    return n;
                }
            }
            return 0;
        }

        int clock(int i) {
            int lead = vocabulary.match(words, i, Meaning.CLOCK_LEAD);
            int j = i + lead;
            if (j >= words.size() || !free(i, lead + 1)) {
                return i;
            }
            int n;
            if ((n = vocabulary.match(words, j, Meaning.NOON)) > 0) {
                return take(i, j + n, () -> clock = new Clock(12, 0, null, true));
            }
            if ((n = vocabulary.match(words, j, Meaning.MIDNIGHT)) > 0) {
                return take(i, j + n, () -> clock = new Clock(0, 0, null, true));
            }
            Matcher written = CLOCK.matcher(words.get(j));
            if (!written.matches()) {
                return i;
            }
            int hour = Integer.parseInt(written.group(1));
            int minute = written.group(3) == null ? 0 : Integer.parseInt(written.group(3));
            String marker = written.group(2);
            Boolean pm = written.group(4) == null ? null : written.group(4).startsWith("p");
            int end = j + 1;
            boolean hoursWord = false;
            if (marker == null && lead > 0 && end < words.size() && words.get(end).matches("[0-5]\\d") && free(end, 1)) {
                minute = Integer.parseInt(words.get(end));
                end++;
            } else if (marker == null && (n = vocabulary.match(words, end, Meaning.HOURS_WORD)) > 0) {
                hoursWord = true;
                end += n;
                if (end < words.size() && words.get(end).matches("\\d{2}") && free(end, 1)) {
                    minute = Integer.parseInt(words.get(end));
                    end++;
                }
            }
            if (pm == null && (n = vocabulary.match(words, end, Meaning.PM)) > 0 && free(end, n)) {
                pm = true;
                end += n;
            } else if (pm == null && (n = vocabulary.match(words, end, Meaning.AM)) > 0 && free(end, n)) {
                pm = false;
                end += n;
            }
            boolean selfEvident = ":".equals(marker) || "h".equals(marker) || pm != null || hoursWord;
            boolean allowed = lead > 0 || selfEvident || i == dayEnd || bareNumberIsClock;
            boolean valid = minute <= 59 && (pm == null ? hour <= 23 : hour >= 1 && hour <= 12);
            if (!allowed || !valid || (".".equals(marker) && lead == 0)) {
                return i;
            }
            boolean leadingZero = words.get(j).startsWith("0") && words.get(j).length() > 1;
            boolean frenchHours = ("h".equals(marker) || (hoursWord && vocabulary.language() == Language.FR))
                    && (hour == 0 || hour >= 6);
            Clock found = new Clock(hour, minute, pm, leadingZero || frenchHours);
            return take(i, end, () -> clock = found);
        }

        boolean free(int from, int count) {
            for (int k = from; k < from + count; k++) {
                if (skip.contains(k) || used.contains(k)) {
                    return false;
                }
            }
            return true;
        }

        int take(int from, int to, Runnable record) {
            record.run();
            for (int k = from; k < to; k++) {
                used.add(k);
            }
            return to;
        }
    }

    private static Optional<ZonedDateTime> earliestFuture(ZonedDateTime now, LocalDate date, List<LocalTime> times) {
        return times.stream().sorted()
                .map(time -> ZonedDateTime.ofLocal(LocalDateTime.of(date, time), now.getZone(), null))
                .filter(candidate -> candidate.isAfter(now)).findFirst();
    }

    private static Optional<ZonedDateTime> firstFuture(ZonedDateTime now, LocalDate from, List<LocalTime> times, int step) {
        for (LocalDate date = from; ; date = date.plusDays(step)) {
            Optional<ZonedDateTime> found = earliestFuture(now, date, times);
            if (found.isPresent()) {
                return found;
            }
        }
    }

    private static ZonedDateTime nextWholeHour(ZonedDateTime at) {
        ZonedDateTime hour = at.truncatedTo(ChronoUnit.HOURS);
        return hour.equals(at) ? hour : hour.plusHours(1);
    }

    /** The local time for a rule without a date (a recurrence): the earliest reading, else the part's or 09:00. */
    static LocalTime timeOfDay(When when) {
        if (when.clock() != null) {
            return when.clock().candidates(when.part()).get(0);
        }
        return when.part() != null ? when.part().defaultTime : DAY_DEFAULT;
    }
}
