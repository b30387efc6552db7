package org.tdah.assistant.application.assistant.support;

import java.util.Objects;
import org.tdah.assistant.application.assistant.Dialogue;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.Task;

/** What a short number names: an open task or an active reminder. */
public sealed interface Numbered {
    ItemNumber number();

    Dialogue.Item item();

    record OfTask(Task task) implements Numbered {
        public OfTask {
            Objects.requireNonNull(task, "task");
        }

        @Override
        public ItemNumber number() {
            return task.number();
        }

        @Override
        public Dialogue.Item item() {
            return new Dialogue.Item.OfTask(task.id());
        }
    }

    record OfReminder(Reminder reminder) implements Numbered {
        public OfReminder {
            Objects.requireNonNull(reminder, "reminder");
        }

        @Override
        public ItemNumber number() {
            return reminder.number();
        }

        @Override
        public Dialogue.Item item() {
            return new Dialogue.Item.OfReminder(reminder.id());
        }
    }
}
