package org.tdah.assistant.adapters.rest.sms;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.sms.usage.ViewUsage;
import org.tdah.assistant.domain.shared.FieldError;
import org.tdah.assistant.domain.shared.InvalidInputException;
import org.tdah.assistant.domain.sms.UsagePeriod.Granularity;

/**
 * {@code ?by=day|month&from=2026-11-01&to=2026-12-01}: UTC days, both included. By month, the
 * last twelve months up to today unless asked; by day, the last 31 days.
 */
final class UsageRequests {
    private UsageRequests() {}

    static ViewUsage.Range range(String by, String from, String to, Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        Granularity granularity = Granularity.MONTH;
        if (by != null) {
            try {
                granularity = Granularity.of(by);
            } catch (InvalidInputException refused) {
                errors.addAll(refused.errors());
            }
        }
        Optional<LocalDate> first = day("from", from, errors);
        Optional<LocalDate> last = day("to", to, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Granularity chosen = granularity;
        LocalDate end = last.orElseGet(() -> LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        LocalDate start = first.orElseGet(() -> defaultStart(end, chosen));
        return new ViewUsage.Range(start, end, chosen);
    }

    private static LocalDate defaultStart(LocalDate end, Granularity granularity) {
        return granularity == Granularity.DAY ? end.minusDays(30) : end.withDayOfMonth(1).minusMonths(11);
    }

    private static Optional<LocalDate> day(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException notADay) {
            errors.add(new FieldError(name, "is a day like 2026-12-01"));
            return Optional.empty();
        }
    }
}
