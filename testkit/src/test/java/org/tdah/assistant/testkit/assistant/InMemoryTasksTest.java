package org.tdah.assistant.testkit.assistant;

import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.application.assistant.port.TasksContract;

class InMemoryTasksTest extends TasksContract {
    @Override
    protected Tasks newTasks() {
        return new InMemoryTasks();
    }
}
