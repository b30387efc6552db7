package org.tdah.assistant.domain.assistant;

/**
 * Where a reminder stands: scheduled (its next occurrence ahead, or fired and not yet answered),
 * snoozed (one occurrence moved later; a series keeps its rule), done (a one-off answered), or
 * cancelled. Done and cancelled reminders never fire again. The wire name is what clients see.
 */
public enum ReminderStatus {
    SCHEDULED("scheduled"),
    SNOOZED("snoozed"),
    DONE("done"),
    CANCELLED("cancelled");

    private final String wireName;

    ReminderStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the reminder still fires, and so holds its number. */
    public boolean active() {
        return this == SCHEDULED || this == SNOOZED;
    }
}
