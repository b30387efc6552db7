package org.tdah.assistant.application.assistant.support;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskStatus;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Language;

/**
 * A person's day as the assistant tells it: the reminders still to come today (or fired and not
 * answered), soonest first, then the open tasks, oldest first. It says a few, highlights at most
 * three, and counts the rest, never a wall of text; "next" is one single action.
 */
public final class TodayList {
    /** How many items one reply names before it counts the rest. */
    public static final int SHOWN = 8;
    /** How many items a check-in highlights. */
    public static final int HIGHLIGHTED = 3;
    private static final int READ_AT_MOST = 100;

    private final Tasks tasks;
    private final Reminders reminders;
    private final Phrasing phrasing;

    public TodayList(Tasks tasks, Reminders reminders, Phrasing phrasing) {
        this.tasks = tasks;
        this.reminders = reminders;
        this.phrasing = phrasing;
    }

    /** Today's reminders and the open tasks of a person. */
    public record Items(List<Reminder> reminders, List<Task> tasks) {
        public Items {
            reminders = List.copyOf(reminders);
            tasks = List.copyOf(tasks);
        }

        public boolean isEmpty() {
            return reminders.isEmpty() && tasks.isEmpty();
        }

        public int size() {
            return reminders.size() + tasks.size();
        }
    }

    public Items of(AccountId person, ZoneId zone, Instant now) {
        Instant endOfDay = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        List<Reminder> todays = reminders.activeDueBefore(person, endOfDay, READ_AT_MOST).stream()
                .filter(reminder -> reminder.dueAt().isPresent()).toList();
        List<Task> open = tasks.ofOwner(person, Optional.of(TaskStatus.OPEN), Optional.empty(), READ_AT_MOST);
        return new Items(todays, open);
    }

    /** The one thing to do next: a reminder already due, else the oldest open task, else the next reminder today. */
    public Optional<Numbered> next(AccountId person, ZoneId zone, Instant now) {
        Items items = of(person, zone, now);
        Optional<Reminder> due = items.reminders().stream().filter(r -> !r.dueAt().get().isAfter(now)).findFirst();
        if (due.isPresent()) {
            return due.map(Numbered.OfReminder::new);
        }
        if (!items.tasks().isEmpty()) {
            return Optional.of(new Numbered.OfTask(items.tasks().get(0)));
        }
        return items.reminders().stream().findFirst().map(Numbered.OfReminder::new);
    }

    /**
     * The items as lines under a header: the first {@code highlighted} with {@code highlightKey}, the
     * others with {@code itemKey}, at most {@link #SHOWN} in all, then how many more there are.
     */
    public String describe(Items items, Language language, ZoneId zone, Instant now, String headerKey,
            String highlightKey, String itemKey, int highlighted) {
        List<String> labels = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Reminder reminder : items.reminders()) {
            numbers.add(reminder.number().value());
            labels.add(phrasing.say(language, "label.reminder", reminder.text().value(),
                    phrasing.when(language, reminder.dueAt().get(), zone, now)));
        }
        for (Task task : items.tasks()) {
            numbers.add(task.number().value());
            labels.add(task.title().value());
        }
        List<String> lines = new ArrayList<>();
        lines.add(phrasing.say(language, headerKey));
        for (int i = 0; i < Math.min(SHOWN, labels.size()); i++) {
            lines.add(phrasing.say(language, i < highlighted ? highlightKey : itemKey, numbers.get(i), labels.get(i)));
        }
        if (labels.size() > SHOWN) {
            lines.add(phrasing.say(language, "list.more", labels.size() - SHOWN));
        }
        return String.join("\n", lines);
    }
}
