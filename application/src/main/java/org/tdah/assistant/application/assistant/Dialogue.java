package org.tdah.assistant.application.assistant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.assistant.Intent;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.assistant.TaskId;

/**
 * Where a person's dialogue stands: the clarifying question asked (the next message answers it),
 * the item last shown, created or fired (what a bare "done" or "snooze" means), and the last
 * action "undo" can take back.
 */
public record Dialogue(Optional<Intent.Clarify> pending, Optional<Item> last, Optional<LastAction> undoable) {

    public static final Dialogue EMPTY = new Dialogue(Optional.empty(), Optional.empty(), Optional.empty());

    public Dialogue {
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(undoable, "undoable");
    }

    public Dialogue asking(Intent.Clarify question) {
        return new Dialogue(Optional.of(question), last, undoable);
    }

    public Dialogue answered() {
        return new Dialogue(Optional.empty(), last, undoable);
    }

    public Dialogue showing(Item item) {
        return new Dialogue(pending, Optional.of(item), undoable);
    }

    public Dialogue after(LastAction action) {
        return new Dialogue(pending, last, Optional.of(action));
    }

    public Dialogue undone() {
        return new Dialogue(pending, last, Optional.empty());
    }

    /** A task or a reminder of the person. */
    public sealed interface Item {
        record OfTask(TaskId id) implements Item {
            public OfTask {
                Objects.requireNonNull(id, "id");
            }
        }

        record OfReminder(ReminderId id) implements Item {
            public OfReminder {
                Objects.requireNonNull(id, "id");
            }
        }
    }

    /** What the assistant last did for the person, that "undo" takes back. */
    public sealed interface LastAction {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new action does not compile until undo knows how to take it back. */
        interface Mapping<T> {
            T on(Created created);

            T on(Completed completed);

            T on(Cancelled cancelled);
        }

        /** Tasks and reminders it created: undo removes them. */
        record Created(List<TaskId> tasks, List<ReminderId> reminders) implements LastAction {
            public Created {
                tasks = List.copyOf(tasks);
                reminders = List.copyOf(reminders);
            }

            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** An item it marked done: undo opens it again. */
        record Completed(Item item) implements LastAction {
            public Completed {
                Objects.requireNonNull(item, "item");
            }

            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** An item it cancelled: undo brings it back. */
        record Cancelled(Item item) implements LastAction {
            public Cancelled {
                Objects.requireNonNull(item, "item");
            }

            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }
}
