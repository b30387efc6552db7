package org.tdah.assistant.adapters.rest.assistant;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tdah.assistant.adapters.rest.shared.JsonFields;
import org.tdah.assistant.adapters.rest.shared.OpaqueCursors;
import org.tdah.assistant.adapters.rest.shared.QueryParameters;
import org.tdah.assistant.application.assistant.reminders.ChangeReminder;
import org.tdah.assistant.application.assistant.reminders.CreateReminder;
import org.tdah.assistant.application.assistant.tasks.ChangeTask;
import org.tdah.assistant.domain.assistant.ReminderStatus;
import org.tdah.assistant.domain.assistant.ReminderText;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.assistant.TaskStatus;
import org.tdah.assistant.domain.assistant.TaskTitle;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.domain.shared.FieldError;
import org.tdah.assistant.domain.shared.InvalidInputException;
import org.tdah.assistant.domain.shared.PageLimit;

/**
 * Reads the bodies and query parameters of the task and reminder endpoints field by field: every
 * refused field is reported at once (422), an unknown field is refused under its name.
 */
final class AssistantRequests {
    private static final Set<String> NEW_TASK = Set.of("title");
    private static final Set<String> TASK_CHANGE = Set.of("title", "status");
    private static final Set<String> NEW_REMINDER = Set.of("text", "dueAt", "recurrence", "timezone", "taskId");
    private static final Set<String> REMINDER_CHANGE = Set.of("text", "dueAt", "recurrence", "timezone", "status",
            "snoozedUntil");
    private static final int DEFAULT_OCCURRENCES = 10;

    private AssistantRequests() {}

    static TaskTitle newTask(JsonNode body) {
        JsonFields fields = new JsonFields(body, NEW_TASK);
        Optional<TaskTitle> title = fields.nullableText("title", TaskTitle::new).orElse(Optional.empty());
        if (title.isEmpty()) {
            fields.requireOrRefused("title");
        }
        fields.throwIfAny();
        return title.orElseThrow();
    }

    static ChangeTask.Command taskChange(JsonNode body) {
        JsonFields fields = new JsonFields(body, TASK_CHANGE);
        Optional<TaskTitle> title = required(fields, "title", TaskTitle::new);
        Optional<TaskStatus> status = required(fields, "status", raw -> wire("status", raw, TaskStatus.values(),
                TaskStatus::wireName));
        fields.throwIfAny();
        return new ChangeTask.Command(title, status);
    }

    static CreateReminder.Command newReminder(JsonNode body) {
        JsonFields fields = new JsonFields(body, NEW_REMINDER);
        Optional<ReminderText> text = fields.nullableText("text", ReminderText::new).orElse(Optional.empty());
        if (text.isEmpty()) {
            fields.requireOrRefused("text");
        }
        Optional<Instant> dueAt = fields.nullableText("dueAt", raw -> instant("dueAt", raw)).orElse(Optional.empty());
        if (dueAt.isEmpty()) {
            fields.requireOrRefused("dueAt");
        }
        Optional<String> recurrence = fields.nullableText("recurrence", AssistantRequests::rule)
                .orElse(Optional.empty());
        Optional<Timezone> timezone = fields.nullableText("timezone", Timezone::new).orElse(Optional.empty());
        Optional<TaskId> task = fields.nullableText("taskId", AssistantRequests::taskId).orElse(Optional.empty());
        fields.throwIfAny();
        return new CreateReminder.Command(text.orElseThrow(), dueAt, recurrence, timezone, task);
    }

    static ChangeReminder.Command reminderChange(JsonNode body) {
        JsonFields fields = new JsonFields(body, REMINDER_CHANGE);
        Optional<ReminderText> text = required(fields, "text", ReminderText::new);
        Optional<Instant> dueAt = required(fields, "dueAt", raw -> instant("dueAt", raw));
        Optional<Optional<String>> recurrence = fields.nullableText("recurrence", AssistantRequests::rule);
        Optional<Timezone> timezone = required(fields, "timezone", Timezone::new);
        Optional<ReminderStatus> status = required(fields, "status", raw -> wire("status", raw,
                new ReminderStatus[] {ReminderStatus.SCHEDULED, ReminderStatus.DONE, ReminderStatus.CANCELLED},
                ReminderStatus::wireName));
        Optional<Instant> snoozedUntil = required(fields, "snoozedUntil", raw -> instant("snoozedUntil", raw));
        fields.throwIfAny();
        return new ChangeReminder.Command(text, dueAt, recurrence, timezone, status, snoozedUntil);
    }

    /** {@code ?status=open|done}; absent lists both. */
    static Optional<TaskStatus> statusFilter(String raw) {
        return raw == null ? Optional.empty() : Optional.of(wire("status", raw, TaskStatus.values(),
                TaskStatus::wireName));
    }

    /** {@code ?count=}: how many occurrences, 10 unless asked. */
    static int count(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_OCCURRENCES;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException notANumber) {
            throw InvalidInputException.of("count", "must be a whole number");
        }
    }

    /** A field that may be absent but, when given, is not null. */
    private static <T> Optional<T> required(JsonFields fields, String field, Function<String, T> parse) {
        Optional<Optional<T>> value = fields.nullableText(field, parse);
        if (value.isPresent() && value.get().isEmpty() && fields.has(field)) {
            fields.refuse(field, "cannot be null");
        }
        return value.flatMap(Function.identity());
    }

    private static Instant instant(String field, String raw) {
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException notAnInstant) {
            throw InvalidInputException.of(field, "is an ISO-8601 instant in UTC, like 2026-12-01T09:00:00Z");
        }
    }

    private static String rule(String raw) {
        String rule = raw.strip();
        if (rule.isEmpty() || rule.length() > 500) {
            throw InvalidInputException.of("recurrence", "is an RFC 5545 RRULE such as FREQ=DAILY");
        }
        return rule;
    }

    private static TaskId taskId(String raw) {
        if (raw.isBlank()) {
            throw InvalidInputException.of("taskId", "names one of your tasks");
        }
        return new TaskId(raw);
    }

    private static <E> E wire(String field, String raw, E[] values, Function<E, String> name) {
        return Arrays.stream(values).filter(value -> name.apply(value).equals(raw)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(field, "is one of "
                        + String.join(", ", Arrays.stream(values).map(name).toList())));
    }
}
