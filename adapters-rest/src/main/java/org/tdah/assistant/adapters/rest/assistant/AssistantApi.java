package org.tdah.assistant.adapters.rest.assistant;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import org.tdah.assistant.application.assistant.AssistantContextCore;

/** The resources of the assistant context: tasks, reminders and their occurrences. */
public final class AssistantApi {
    private AssistantApi() {}

    public static void install(JerseyEnvironment jersey, AssistantContextCore core) {
        jersey.register(new TasksResource(core.listTasks(), core.createTask(), core.viewTask(), core.changeTask(),
                core.deleteTask()));
        jersey.register(new RemindersResource(core.listReminders(), core.createReminder(), core.viewReminder(),
                core.changeReminder(), core.deleteReminder(), core.listOccurrences()));
    }
}
