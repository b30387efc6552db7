package org.tdah.assistant.application.assistant;

import java.util.Objects;
import org.tdah.assistant.application.assistant.port.Understanding;
import org.tdah.assistant.application.assistant.understanding.RuleBasedUnderstanding;
import org.tdah.assistant.application.assistant.understanding.RulesFirstUnderstanding;

/**
 * How a composition outside the assistant context (bootstrap, the testkit, an embedding program)
 * gets the {@link Understanding} to pass to {@link AssistantContextCore}: the rules alone, or the
 * rules first with a language model behind them (decision record 0021). The implementations live
 * in the context's {@code understanding} package and are built here, by their own context.
 */
public final class Understandings {
    private Understandings() {}

    /** The rules of English and French alone, in process: the default. */
    public static Understanding rules() {
        return new RuleBasedUnderstanding();
    }

    /** The rules first; {@code model} only for free-form messages, its intent kept only when the rules could give it. */
    public static Understanding rulesFirst(Understanding model) {
        return new RulesFirstUnderstanding(new RuleBasedUnderstanding(), Objects.requireNonNull(model, "model"));
    }
}
