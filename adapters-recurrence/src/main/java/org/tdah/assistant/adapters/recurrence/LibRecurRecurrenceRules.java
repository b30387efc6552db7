package org.tdah.assistant.adapters.recurrence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.InstanceIterator;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recurrenceset.OfRuleAndFirst;
import org.tdah.assistant.application.assistant.port.RecurrenceRules;

/**
 * RFC 5545 recurrence rules expanded by lib-recur on floating (zone-less) date-times; the core
 * applies the person's zone to each occurrence afterwards, so a daily 08:00 stays 08:00 local.
 *
 * <p>Readings, the same as the testkit's reference: rules are parsed in lib-recur's strict RFC 5545
 * mode, where names and values are case-insensitive (RFC 5545 section 2); the "RRULE:" prefix is
 * refused with its own sentence. The start is always the first occurrence and counts toward COUNT
 * (lib-recur's {@code OfRuleAndFirst}). UNTIL is read here, not by lib-recur, because the port has
 * no zone: it is inclusive and bounds the start too, a date includes its whole day, and a UTC value
 * ({@code ...Z}) is compared as if it were local. Date-times are to the second.
 *
 * <p>Termination: a rule that matches nothing (FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30) ends with what
 * was found. lib-recur gives up on such rules with an {@link IllegalArgumentException}, and the
 * expansion also stops 200 years after the later of the start and {@code after} or after 10,000
 * steps beyond the occurrences asked for. {@link #problemWith} never throws.
 */
public final class LibRecurRecurrenceRules implements RecurrenceRules {
    private static final int HORIZON_YEARS = 200;
    private static final long MAX_EXTRA_STEPS = 10_000;
    private static final Pattern UNTIL = Pattern.compile("(\\d{8})(?:T(\\d{6})Z?)?");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss").withResolverStyle(ResolverStyle.STRICT);

    private record ParsedRule(RecurrenceRule rule, LocalDateTime lastAllowed) {
        boolean allows(LocalDateTime occurrence) {
            return lastAllowed == null || !occurrence.isAfter(lastAllowed);
        }
    }

    @Override
    public Optional<String> problemWith(String rule) {
        try {
            read(rule);
            return Optional.empty();
        } catch (Unreadable unreadable) {
            return Optional.of(unreadable.getMessage());
        } catch (RuntimeException unexpected) {
            return Optional.of("The repetition rule cannot be read.");
        }
    }

    @Override
    public List<LocalDateTime> occurrencesAfter(String text, LocalDateTime start, LocalDateTime after, int count) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(after, "after");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        ParsedRule parsed;
        try {
            parsed = read(text);
        } catch (Unreadable unreadable) {
            throw new IllegalArgumentException(unreadable.getMessage(), unreadable);
        }
        List<LocalDateTime> found = new ArrayList<>();
        if (count == 0) {
            return found;
        }
        LocalDateTime first = start.truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime horizon = (first.isAfter(after) ? first : after).plusYears(HORIZON_YEARS);
        boolean seenAny = false;
        try {
            InstanceIterator instances = new OfRuleAndFirst(parsed.rule(), floating(first)).iterator();
            if (after.isAfter(first)) {
                instances.fastForward(floating(after.truncatedTo(ChronoUnit.SECONDS)));
            }
            for (long step = 0; step < count + MAX_EXTRA_STEPS && found.size() < count && instances.hasNext(); step++) {
                LocalDateTime occurrence = local(instances.next());
                seenAny = true;
                if (occurrence.isAfter(horizon) || !parsed.allows(occurrence)) {
                    break;
                }
                if (occurrence.isAfter(after)) {
                    found.add(occurrence);
                }
            }
        } catch (IllegalArgumentException nothingMoreToFind) {
            if (!seenAny && first.isAfter(after) && parsed.allows(first)) {
                found.add(first);
            }
        }
        return found;
    }

    private static ParsedRule read(String text) {
        if (text == null || text.isBlank()) {
            throw new Unreadable("The repetition rule is empty.");
        }
        String rule = text.strip();
        if (rule.regionMatches(true, 0, "RRULE:", 0, "RRULE:".length())) {
            throw new Unreadable("Write the rule without its \"RRULE:\" prefix, for example FREQ=WEEKLY;BYDAY=MO.");
        }
        StringJoiner withoutUntil = new StringJoiner(";");
        LocalDateTime lastAllowed = null;
        boolean hasCount = false;
        for (String part : rule.split(";")) {
            int equals = part.indexOf('=');
            String name = (equals < 0 ? part : part.substring(0, equals)).strip().toUpperCase(Locale.ROOT);
            if (name.equals("UNTIL")) {
                if (lastAllowed != null) {
                    throw new Unreadable("The repetition rule gives UNTIL twice.");
                }
                lastAllowed = lastAllowed(equals < 0 ? "" : part.substring(equals + 1).strip().toUpperCase(Locale.ROOT));
            } else if (!part.isBlank()) {
                hasCount |= name.equals("COUNT");
                withoutUntil.add(part);
            }
        }
        if (hasCount && lastAllowed != null) {
            throw new Unreadable("A repetition rule cannot have both COUNT and UNTIL.");
        }
        try {
            return new ParsedRule(new RecurrenceRule(withoutUntil.toString(), RecurrenceRule.RfcMode.RFC5545_STRICT), lastAllowed);
        } catch (InvalidRecurrenceRuleException invalid) {
            String reason = invalid.getMessage();
            throw new Unreadable(reason == null || reason.isBlank()
                    ? "The repetition rule cannot be read."
                    : "The repetition rule cannot be read (" + reason + ").");
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

    private static DateTime floating(LocalDateTime local) {
        return new DateTime(local.getYear(), local.getMonthValue() - 1, local.getDayOfMonth(),
                local.getHour(), local.getMinute(), local.getSecond());
    }

    private static LocalDateTime local(DateTime floating) {
        return LocalDateTime.of(floating.getYear(), floating.getMonth() + 1, floating.getDayOfMonth(),
                floating.getHours(), floating.getMinutes(), floating.getSeconds());
    }

    /** Why a rule cannot be read, as the sentence {@link #problemWith} answers. */
    private static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable(String sentence) {
            super(sentence, null, false, false);
        }
    }
}
