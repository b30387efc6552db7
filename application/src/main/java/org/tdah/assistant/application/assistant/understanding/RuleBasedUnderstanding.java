package org.tdah.assistant.application.assistant.understanding;

import java.util.Objects;
import org.tdah.assistant.application.assistant.Utterance;
import org.tdah.assistant.application.assistant.port.Understanding;
import org.tdah.assistant.domain.assistant.Intent;
import org.tdah.assistant.domain.assistant.MessageUnderstanding;

/**
 * The default {@link Understanding}: the rules of {@link MessageUnderstanding}, in process, in
 * English and French (decision record 0018). A message that answers a clarifying question is read
 * as its answer first. It never fails and never calls anything outside the process.
 */
public final class RuleBasedUnderstanding implements Understanding {
    private final MessageUnderstanding rules;

    public RuleBasedUnderstanding() {
        this(new MessageUnderstanding());
    }

    public RuleBasedUnderstanding(MessageUnderstanding rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public Intent understand(Utterance utterance) {
        return utterance.answering()
                .map(pending -> rules.understandAnswer(pending, utterance.text(), utterance.language(),
                        utterance.zone(), utterance.at()))
                .orElseGet(() -> rules.understand(utterance.text(), utterance.language(), utterance.zone(),
                        utterance.at()));
    }
}
