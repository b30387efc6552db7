package org.tdah.assistant.adapters.rest.assistant;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.tdah.assistant.adapters.rest.assistant.AssistantRepresentations.OccurrencesJson;
import org.tdah.assistant.adapters.rest.assistant.AssistantRepresentations.ReminderJson;
import org.tdah.assistant.adapters.rest.assistant.AssistantRepresentations.TaskJson;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.application.assistant.reminders.ListOccurrences;
import org.tdah.assistant.application.assistant.reminders.ReminderLookup;
import org.tdah.assistant.application.assistant.tasks.CreateTask;
import org.tdah.assistant.application.assistant.tasks.TaskLookup;

/**
 * The HTTP answer to every result of the task and reminder use cases, each a {@code Mapping} of
 * its result. Someone else's task or reminder is answered exactly as one that does not exist.
 */
final class AssistantAnswers {
    private static final String NO_TASK = "You have no task with this id.";
    private static final String NO_REMINDER = "You have no reminder with this id.";

    private AssistantAnswers() {}

    static Response created(TaskJson task) {
        return Response.created(URI.create("/api/v1/tasks/" + task.id())).entity(task).build();
    }

    /** A new task is a 201; the one an earlier request with the same key created a 200, both with its Location. */
    static Response of(CreateTask.Result result) {
        return result.map(new CreateTask.Result.Mapping<>() {
            @Override
            public Response on(CreateTask.Result.Created created) {
                return created(TaskJson.of(created.task()));
            }

            @Override
            public Response on(CreateTask.Result.Replayed replayed) {
                TaskJson task = TaskJson.of(replayed.task());
                return Response.ok(task).location(URI.create("/api/v1/tasks/" + task.id())).build();
            }
        });
    }

    static Response created(ReminderJson reminder) {
        return Response.created(URI.create("/api/v1/reminders/" + reminder.id())).entity(reminder).build();
    }

    static Response of(TaskLookup lookup) {
        return lookup.map(new TaskLookup.Mapping<>() {
            @Override
            public Response on(TaskLookup.Found found) {
                return Response.ok(TaskJson.of(found.task())).build();
            }

            @Override
            public Response on(TaskLookup.NotFound notFound) {
                return noTask();
            }
        });
    }

    static Response of(ReminderLookup lookup) {
        return lookup.map(new ReminderLookup.Mapping<>() {
            @Override
            public Response on(ReminderLookup.Found found) {
                return Response.ok(ReminderJson.of(found.reminder())).build();
            }

            @Override
            public Response on(ReminderLookup.NotFound notFound) {
                return noReminder();
            }
        });
    }

    static Response of(ListOccurrences.Result result) {
        return result.map(new ListOccurrences.Result.Mapping<>() {
            @Override
            public Response on(ListOccurrences.Result.Found found) {
                return Response.ok(OccurrencesJson.of(found.occurrences())).build();
            }

            @Override
            public Response on(ListOccurrences.Result.NotFound notFound) {
                return noReminder();
            }
        });
    }

    static Response deletedTask(boolean deleted) {
        return deleted ? Response.noContent().build() : noTask();
    }

    static Response deletedReminder(boolean deleted) {
        return deleted ? Response.noContent().build() : noReminder();
    }

    private static Response noTask() {
        return Problems.response(GeneralProblem.NOT_FOUND, NO_TASK);
    }

    private static Response noReminder() {
        return Problems.response(GeneralProblem.NOT_FOUND, NO_REMINDER);
    }
}
