package org.tdah.assistant.application.sms.port;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * A person's assistant as the router reaches it: their texts are filed in their SMS conversation
 * with the phone they text from, and the assistant answers there. Both run in the caller's
 * transaction.
 */
public interface PersonalAssistant {

    /** A text filed in the person's conversation, to be answered. */
    record Filed(AccountId person, String conversationId, String messageId, String text) {
        public Filed {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(text, "text");
        }
    }

    /** What the assistant said back, in the language it said it in. */
    record Answer(String text, Language language) {
        public Answer {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(language, "language");
        }
    }

    /** Files the person's text in their SMS conversation with {@code phone} (started on the first). */
    Filed file(AccountId person, PhoneNumber phone, String text);

    /**
     * The assistant's answer to a filed text, itself filed in the conversation as a reply to it;
     * empty when the assistant has nothing to say. {@code fitted} shapes the answer before it is
     * filed (cut to what one text holds), so that the conversation shows what was texted.
     */
    Optional<Answer> answer(Filed text, UnaryOperator<Answer> fitted);
}
