package org.tdah.assistant.testkit.assistant;

import org.tdah.assistant.application.assistant.port.Dialogues;
import org.tdah.assistant.application.assistant.port.DialoguesContract;

class InMemoryDialoguesTest extends DialoguesContract {
    @Override
    protected Dialogues newDialogues() {
        return new InMemoryDialogues();
    }
}
