package org.tdah.assistant.domain.assistant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tdah.assistant.domain.assistant.Vocabulary.Meaning;

/**
 * Finds a repetition in the words ("every weekday", "every other wednesday", "tous les jours",
 * "chaque lundi", "en semaine", "un mercredi sur deux") and writes it as an RFC 5545 RRULE:
 * FREQ=DAILY, WEEKLY (with BYDAY for named days, MO-FR for weekdays, SA,SU for weekends) or
 * MONTHLY, with INTERVAL when it is more than 1. Occurrences are not expanded here.
 */
final class Recurrences {
    private static final Set<DayOfWeek> WORK_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th|er|e|eme)?|premier");

    /** A rule found: its words, frequency, interval, days (empty: any), and the part of day it named. */
    record Rule(Set<Integer> used, String frequency, int interval, Set<DayOfWeek> days, TimeExpressions.Part part,
            Integer monthDay) {
        Rule(Set<Integer> used, String frequency, int interval, Set<DayOfWeek> days, TimeExpressions.Part part) {
            this(used, frequency, interval, days, part, null);
        }

        String rrule() {
            StringBuilder rule = new StringBuilder("FREQ=").append(frequency);
            if (interval > 1) {
                rule.append(";INTERVAL=").append(interval);
            }
            if (!days.isEmpty()) {
                rule.append(";BYDAY=").append(days.stream().sorted()
                        .map(day -> day.name().substring(0, 2)).collect(Collectors.joining(",")));
            }
            if (monthDay != null) {
                rule.append(";BYMONTHDAY=").append(monthDay);
            }
            return rule.toString();
        }

        /** The first local date on or after today matching the rule whose time is still ahead. */
        LocalDate firstDate(ZonedDateTime now, LocalTime time) {
            for (LocalDate date = now.toLocalDate(); ; date = date.plusDays(1)) {
                boolean matches = (days.isEmpty() || days.contains(date.getDayOfWeek()))
                        && (monthDay == null || date.getDayOfMonth() == monthDay);
                if (matches && ZonedDateTime.ofLocal(LocalDateTime.of(date, time), now.getZone(), null).isAfter(now)) {
                    return date;
                }
            }
        }
    }

    private final Vocabulary vocabulary;

    Recurrences(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Optional<Rule> find(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            Optional<Rule> rule = at(words, i);
            if (rule.isPresent()) {
                return rule.map(found -> withPartAfter(words, found));
            }
        }
        return Optional.empty();
    }

    /** "every weekday morning", "tous les lundis soir": a part of the day right after the rule. */
    private Rule withPartAfter(List<String> words, Rule rule) {
        int next = rule.used().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        TimeExpressions.Part part = rule.part() == null && next < words.size() ? partIn(words, next, 1) : null;
        if (part == null) {
            return rule;
        }
        Set<Integer> used = new HashSet<>(rule.used());
        used.add(next);
        return new Rule(Set.copyOf(used), rule.frequency(), rule.interval(), rule.days(), part, rule.monthDay());
    }

    private Optional<Rule> at(List<String> words, int i) {
        int n;
        if ((n = vocabulary.match(words, i, Meaning.WEEKDAYS)) > 0) {
            return Optional.of(rule(i, i + n, "WEEKLY", 1, WORK_DAYS, partIn(words, i, n)));
        }
        if ((n = vocabulary.match(words, i, Meaning.WEEKENDS)) > 0) {
            return Optional.of(rule(i, i + n, "WEEKLY", 1, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), null));
        }
        if ((n = vocabulary.match(words, i, Meaning.DAILY)) > 0) {
            return Optional.of(rule(i, i + n, "DAILY", 1, Set.of(), partIn(words, i, n)));
        }
        if (Set.of("weekly", "hebdomadaire", "hebdo").contains(words.get(i))) {
            return Optional.of(rule(i, i + 1, "WEEKLY", 1, Set.of(), null));
        }
        if (Set.of("monthly", "mensuel", "mensuellement").contains(words.get(i))) {
            return Optional.of(rule(i, i + 1, "MONTHLY", 1, Set.of(), null));
        }
        int every = vocabulary.match(words, i, Meaning.EVERY);
        if (every > 0) {
            return afterEvery(words, i, i + every);
        }
        // "un mercredi sur deux", "un jour sur deux"
        if (i + 2 < words.size() && vocabulary.numbers().getOrDefault(words.get(i), 0) == 1) {
            int out = vocabulary.match(words, i + 2, Meaning.OUT_OF_TWO);
            if (out > 0) {
                DayOfWeek weekday = vocabulary.lookup(vocabulary.weekdays(), words.get(i + 1));
                if (weekday != null) {
                    return Optional.of(rule(i, i + 2 + out, "WEEKLY", 2, EnumSet.of(weekday), null));
                }
                if (vocabulary.match(words, i + 1, Meaning.DAY) == 1) {
                    return Optional.of(rule(i, i + 2 + out, "DAILY", 2, Set.of(), null));
                }
            }
        }
        // "mondays", "on mondays", "les lundis": a weekday in the plural
        String word = words.get(i);
        DayOfWeek plural = word.endsWith("s") && word.length() > 4 ? vocabulary.weekdays().get(word) : null;
        if (plural != null) {
            Set<DayOfWeek> days = EnumSet.of(plural);
            int end = moreDays(words, i + 1, days);
            int start = i > 0 && Set.of("on", "les", "le").contains(words.get(i - 1)) ? i - 1 : i;
            return Optional.of(rule(start, end, "WEEKLY", 1, days, null));
        }
        return Optional.empty();
    }

    /** After "every"/"chaque"/"tous les": an interval, then a day, a week, a month or weekdays. */
    private Optional<Rule> afterEvery(List<String> words, int start, int j) {
        int interval = 1;
        int n;
        if ((n = vocabulary.match(words, j, Meaning.OTHER)) > 0) {
            interval = 2;
            j += n;
        } else if (j < words.size() && words.get(j).matches("\\d{1,2}")) {
            interval = Integer.parseInt(words.get(j));
            j++;
        } else if (j < words.size() && vocabulary.numbers().containsKey(words.get(j))
                && vocabulary.numbers().get(words.get(j)) > 1) {
            interval = vocabulary.numbers().get(words.get(j));
            j++;
        }
        if (j >= words.size() || interval < 1) {
            return Optional.empty();
        }
        if ((n = vocabulary.match(words, j, Meaning.WEEKDAYS)) > 0) {
            return Optional.of(rule(start, j + n, "WEEKLY", interval, WORK_DAYS, partIn(words, j, n)));
        }
        if ((n = vocabulary.match(words, j, Meaning.WEEKENDS)) > 0) {
            return Optional.of(rule(start, j + n, "WEEKLY", interval, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), null));
        }
        DayOfWeek weekday = vocabulary.lookup(vocabulary.weekdays(), words.get(j));
        if (weekday != null) {
            Set<DayOfWeek> days = EnumSet.of(weekday);
            int end = moreDays(words, j + 1, days);
            return Optional.of(rule(start, end, "WEEKLY", interval, days, null));
        }
        if ((n = vocabulary.match(words, j, Meaning.DAY)) > 0) {
            return Optional.of(rule(start, j + n, "DAILY", interval, Set.of(), null));
        }
        for (TimeExpressions.Part part : TimeExpressions.Part.values()) {
            Meaning meaning = Meaning.valueOf(part.name());
            if ((n = vocabulary.match(words, j, meaning)) == 1) {
                return Optional.of(rule(start, j + n, "DAILY", interval, Set.of(), part));
            }
        }
        if ((n = vocabulary.match(words, j, Meaning.WEEK)) > 0) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            int end = j + n;
            int on = end < words.size() && Set.of("on", "le").contains(words.get(end)) ? 1 : 0;
            DayOfWeek named = end + on < words.size() ? vocabulary.lookup(vocabulary.weekdays(), words.get(end + on)) : null;
            if (named != null) {
                days.add(named);
                end = moreDays(words, end + on + 1, days);
            }
            return Optional.of(rule(start, end, "WEEKLY", interval, days, null));
        }
        if ((n = vocabulary.match(words, j, Meaning.MONTH)) > 0) {
            return Optional.of(onADayOfTheMonth(words, j + n, rule(start, j + n, "MONTHLY", interval, Set.of(), null)));
        }
        return Optional.empty();
    }

    /** "every month on the 1st", "tous les mois le 15": the day of the month after the rule, when one is named. */
    private static Rule onADayOfTheMonth(List<String> words, int end, Rule rule) {
        int k = end;
        while (k < words.size() && k < end + 2 && Set.of("on", "the", "le").contains(words.get(k))) {
            k++;
        }
        if (k >= words.size()) {
            return rule;
        }
        Matcher day = MONTH_DAY.matcher(words.get(k));
        if (!day.matches()) {
            return rule;
        }
        int monthDay = words.get(k).equals("premier") ? 1 : Integer.parseInt(day.group(1));
        if (monthDay < 1 || monthDay > 31) {
            return rule;
        }
        Set<Integer> used = new HashSet<>(rule.used());
        for (int i = end; i <= k; i++) {
            used.add(i);
        }
        return new Rule(Set.copyOf(used), rule.frequency(), rule.interval(), rule.days(), rule.part(), monthDay);
    }

    /** "monday and thursday", "lundi, mercredi et vendredi": adds the days, returns the index after them. */
    private int moreDays(List<String> words, int j, Set<DayOfWeek> days) {
        int end = j;
        while (end < words.size()) {
            int and = vocabulary.match(words, end, Meaning.AND);
            int at = end + and;
            DayOfWeek next = at < words.size() ? vocabulary.lookup(vocabulary.weekdays(), words.get(at)) : null;
            if (next == null) {
                return end;
            }
            days.add(next);
            end = at + 1;
        }
        return end;
    }

    /** "every morning", "weekday mornings", "tous les soirs": the part of day inside the rule's words. */
    private TimeExpressions.Part partIn(List<String> words, int from, int count) {
        for (int k = from; k < from + count; k++) {
            String word = words.get(k);
            for (TimeExpressions.Part part : TimeExpressions.Part.values()) {
                if (vocabulary.match(List.of(word.endsWith("s") ? word.substring(0, word.length() - 1) : word), 0,
                        Meaning.valueOf(part.name())) == 1) {
                    return part;
                }
            }
        }
        return null;
    }

    private static Rule rule(int from, int to, String frequency, int interval, Set<DayOfWeek> days,
            TimeExpressions.Part part) {
        Set<Integer> used = new HashSet<>();
        for (int k = from; k < to; k++) {
            used.add(k);
        }
        return new Rule(Set.copyOf(used), frequency, interval, Set.copyOf(days), part);
    }
}
