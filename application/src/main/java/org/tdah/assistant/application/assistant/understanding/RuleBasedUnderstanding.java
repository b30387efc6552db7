package org.tdah.assistant.application.assistant.understanding;

import org.tdah.assistant.application.assistant.Utterance;
import org.tdah.assistant.application.assistant.port.Understanding;
import org.tdah.assistant.domain.assistant.Intent;
import org.tdah.assistant.domain.assistant.MessageUnderstanding;

/** The default understanding: the rules of English and French, in process, with no network. */
public final class RuleBasedUnderstanding implements Understanding {
    private final MessageUnderstanding rules = new MessageUnderstanding();

    @Override
    public Intent understand(Utterance utterance) {
        return utterance.answering()
                .map(pending -> rules.understandAnswer(pending, utterance.text(), utterance.language(),
                        utterance.zone(), utterance.at()))
                .orElseGet(() -> rules.understand(utterance.text(), utterance.language(), utterance.zone(),
                        utterance.at()));
    }
}
