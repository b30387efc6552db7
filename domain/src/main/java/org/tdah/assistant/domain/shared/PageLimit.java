package org.tdah.assistant.domain.shared;

/** How many items a page of a list holds: 20 unless asked, 1 to 100 (API.md). */
public record PageLimit(int value) {
    public static final int DEFAULT = 20;
    public static final int MAX = 100;

    public PageLimit {
        if (value < 1 || value > MAX) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX);
        }
    }

    /** The limit a client asked for, or the default when it asked none. */
    public static PageLimit of(Integer requested) {
        return new PageLimit(requested == null ? DEFAULT : requested);
    }
}
