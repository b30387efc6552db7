package org.tdah.assistant.application.assistant.port;

import org.tdah.assistant.application.assistant.Utterance;
import org.tdah.assistant.domain.assistant.Intent;

/**
 * The assistant port: what a person's message asks for, as one structured {@link Intent}. The
 * default is the rule-based understanding of English and French, in process; another
 * implementation (a language model) proposes intents the same way, and the core validates and
 * carries them out identically, so no implementation can make the assistant do what the person
 * could not do themselves.
 */
public interface Understanding {

    /**
     * Reads the message. Throws {@link org.tdah.assistant.application.assistant.UnderstandingFailedException} when this implementation
     * cannot answer (unreachable, too slow, an answer that is not an intent).
     */
    Intent understand(Utterance utterance);
}
