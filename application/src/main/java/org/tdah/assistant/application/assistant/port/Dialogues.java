package org.tdah.assistant.application.assistant.port;

import java.util.Optional;
import org.tdah.assistant.application.assistant.Dialogue;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Where each person's dialogue with the assistant stands (one per person, whatever the channel):
 * the question waiting for an answer, the item a bare "done" means, and what "undo" takes back.
 */
public interface Dialogues {

    Optional<Dialogue> of(AccountId person);

    void save(AccountId person, Dialogue dialogue);
}
