package org.tdah.assistant.application.assistant.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Every reminder of every person, with its next delivery. Reads and writes on behalf of a person
 * name the owner; only the delivery job reads across owners, through {@link #dueForDelivery}.
 */
public interface Reminders {

    void add(Reminder reminder);

    Optional<Reminder> withId(AccountId owner, ReminderId id);

    /** The owner's active (scheduled or snoozed) reminder with this number. */
    Optional<Reminder> activeWithNumber(AccountId owner, ItemNumber number);

    /** The owner's active reminders of a task. */
    List<Reminder> activeOfTask(AccountId owner, TaskId task);

    /** Up to {@code limit} reminders of the owner after {@code after} (exclusive), oldest first. */
    List<Reminder> ofOwner(AccountId owner, Optional<ReminderId> after, int limit);

    /** The owner's active reminders whose next delivery is tried before {@code before}, soonest first. */
    List<Reminder> activeDueBefore(AccountId owner, Instant before, int limit);

    /**
     * Up to {@code limit} reminders of anyone whose next delivery is to be tried at or before
     * {@code now}, oldest first, each locked for the running transaction and skipped by any other
     * (so two instances never take the same one). Called inside {@code Transactions}.
     */
    List<Reminder> dueForDelivery(Instant now, int limit);

    /** Replaces the stored reminder with the same id and owner. */
    void update(Reminder reminder);

    /** @return whether a reminder of the owner was removed */
    boolean remove(AccountId owner, ReminderId id);
}
