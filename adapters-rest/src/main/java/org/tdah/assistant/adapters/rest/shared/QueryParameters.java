package org.tdah.assistant.adapters.rest.shared;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.tdah.assistant.domain.shared.InvalidInputException;
import org.tdah.assistant.domain.shared.PageLimit;

/**
 * Query parameters read as text and parsed here, so that a wrong one is a 422 naming it (JAX-RS
 * answers a bare 404 when it cannot convert a typed parameter).
 */
public final class QueryParameters {
    private QueryParameters() {}

    /** The page size asked for ({@code ?limit=}), the default when absent. */
    public static PageLimit limit(String value) {
        if (value == null || value.isBlank()) {
            return PageLimit.of(null);
        }
        try {
            return PageLimit.of(Integer.valueOf(value.trim()));
        } catch (NumberFormatException notANumber) {
            throw InvalidInputException.of("limit", "must be a whole number between 1 and " + PageLimit.MAX);
        }
    }

    /** An ISO-8601 instant ({@code 2026-12-01T09:00:00Z}), or empty when absent. */
    public static Optional<Instant> instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.trim()));
        } catch (DateTimeParseException notAnInstant) {
            throw InvalidInputException.of(name, "must be an ISO-8601 instant in UTC, like 2026-12-01T09:00:00Z");
        }
    }

    /** A short free-text value, or empty when absent. */
    public static Optional<String> text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            throw InvalidInputException.of(name, "must be at most " + maxLength + " characters");
        }
        return Optional.of(value.trim());
    }
}
