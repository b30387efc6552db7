package org.tdah.assistant.application.assistant.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.application.assistant.support.ReminderPlans;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * The next occurrences of a reminder of the caller from an instant, as UTC instants: its rule
 * expanded in its zone (a daily 08:00 stays 08:00 local across daylight-saving changes).
 */
public final class ListOccurrences {
    public static final int MAX_COUNT = 100;

    /** The occurrences found, or the reminder not found. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Found found);

            T on(NotFound notFound);
        }

        record Found(List<Instant> occurrences) implements Result {
            public Found {
                occurrences = List.copyOf(occurrences);
            }

            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record NotFound() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final Reminders reminders;
    private final ReminderPlans plans;
    private final Clock clock;

    public ListOccurrences(Reminders reminders, ReminderPlans plans, Clock clock) {
        this.reminders = reminders;
        this.plans = plans;
        this.clock = clock;
    }

    /** From {@code from}, or from now when it is empty. */
    public Result list(AccountId owner, ReminderId id, Optional<Instant> from, int count) {
        Objects.requireNonNull(from, "from");
        if (count < 1 || count > MAX_COUNT) {
            throw InvalidInputException.of("count", "must be between 1 and " + MAX_COUNT);
        }
        return reminders.withId(owner, id)
                .<Result>map(reminder -> new Result.Found(plans.occurrences(reminder.schedule(), reminder.zone(),
                        from.orElseGet(clock::instant), count)))
                .orElseGet(Result.NotFound::new);
    }
}
