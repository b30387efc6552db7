package org.tdah.assistant.adapters.rest.assistant;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskId;

/** The JSON of tasks and reminders, as ../shared/API.md shapes them (fields may be added, never renamed). */
final class AssistantRepresentations {
    private AssistantRepresentations() {}

    record TaskJson(String id, int number, String title, String status, String createdAt,
            @Schema(nullable = true) String doneAt) {
        static TaskJson of(Task task) {
            return new TaskJson(task.id().value(), task.number().value(), task.title().value(),
                    task.status().wireName(), task.createdAt().toString(), task.doneAt().map(Instant::toString)
                    .orElse(null));
        }
    }

    /**
     * {@code dueAt} is the next time it comes (UTC): its occurrence, or the end of its snooze;
     * {@code snoozedUntil} and {@code createdAt} are additions to the documented shape.
     */
    record ReminderJson(String id, int number, String text, @Schema(nullable = true) String dueAt,
            @Schema(nullable = true) String recurrence, String timezone, String status,
            @Schema(nullable = true) String taskId, @Schema(nullable = true) String snoozedUntil, String createdAt) {
        static ReminderJson of(Reminder reminder) {
            return new ReminderJson(reminder.id().value(), reminder.number().value(), reminder.text().value(),
                    reminder.dueAt().map(Instant::toString).orElse(null), reminder.rule().orElse(null),
                    reminder.zone().getId(), reminder.status().wireName(), reminder.task().map(TaskId::value)
                    .orElse(null), reminder.snoozedUntil().map(Instant::toString).orElse(null),
                    reminder.createdAt().toString());
        }
    }

    record OccurrencesJson(List<String> items) {
        static OccurrencesJson of(List<Instant> occurrences) {
            return new OccurrencesJson(occurrences.stream().map(Instant::toString).toList());
        }
    }
}
