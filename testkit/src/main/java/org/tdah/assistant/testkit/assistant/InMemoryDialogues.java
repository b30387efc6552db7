package org.tdah.assistant.testkit.assistant;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tdah.assistant.application.assistant.Dialogue;
import org.tdah.assistant.application.assistant.port.Dialogues;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.testkit.shared.Transactional;

/** One dialogue per person in a map; behaves as {@code DialoguesContract} says. */
public final class InMemoryDialogues implements Dialogues, Transactional {
    private final Map<AccountId, Dialogue> byPerson = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Dialogue> of(AccountId person) {
        return Optional.ofNullable(byPerson.get(person));
    }

    @Override
    public synchronized void save(AccountId person, Dialogue dialogue) {
        byPerson.put(person, dialogue);
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot copy = Transactional.copyOf(byPerson);
        return () -> {
            synchronized (this) {
                copy.restore();
            }
        };
    }
}
