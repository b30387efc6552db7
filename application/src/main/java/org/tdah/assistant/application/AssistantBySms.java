package org.tdah.assistant.application;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.tdah.assistant.application.assistant.dialogue.AnswerMessage;
import org.tdah.assistant.application.conversation.conversations.OpenSmsConversation;
import org.tdah.assistant.application.conversation.messages.PostMessage;
import org.tdah.assistant.application.sms.port.PersonalAssistant;
import org.tdah.assistant.domain.conversation.Author;
import org.tdah.assistant.domain.conversation.Channel;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageBody;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The SMS context's {@link PersonalAssistant}, made of the conversation and assistant contexts'
 * use cases: a text goes into the person's SMS conversation as their message, the assistant's
 * answer goes in as the reply to it. Built by {@link AssistantCore}, which composes the contexts,
 * so that none of them depends on another's insides.
 */
final class AssistantBySms implements PersonalAssistant {
    private static final String EMPTY_TEXT = "(an empty text)";

    private final OpenSmsConversation conversations;
    private final PostMessage messages;
    private final AnswerMessage assistant;

    AssistantBySms(OpenSmsConversation conversations, PostMessage messages, AnswerMessage assistant) {
        this.conversations = conversations;
        this.messages = messages;
        this.assistant = assistant;
    }

    @Override
    public Filed file(AccountId person, PhoneNumber phone, String text) {
        ConversationId conversation = conversations.open(person, phone).id();
        Message posted = post(person, conversation, Author.USER, text, Optional.empty());
        return new Filed(person, conversation.value(), posted.id().value(), text);
    }

    @Override
    public Optional<Answer> answer(Filed text, UnaryOperator<Answer> fitted) {
        Optional<Answer> answer = assistant.answer(text.person(), text.text())
                .map(reply -> fitted.apply(new Answer(reply.text(), reply.language())));
        answer.ifPresent(said -> post(text.person(), new ConversationId(text.conversationId()), Author.ASSISTANT,
                said.text(), Optional.of(new MessageId(text.messageId()))));
        return answer;
    }

    private Message post(AccountId person, ConversationId conversation, Author author, String text,
            Optional<MessageId> replyTo) {
        MessageBody body = new MessageBody(text.isBlank() ? EMPTY_TEXT : text);
        return messages.post(person, conversation, new PostMessage.Command(author, Channel.SMS, body, replyTo))
                .map(new PostMessage.Result.Mapping<Message>() {
                    @Override
                    public Message on(PostMessage.Result.Posted posted) {
                        return posted.message();
                    }

                    @Override
                    public Message on(PostMessage.Result.NoSuchConversation noSuchConversation) {
                        throw new IllegalStateException("the person's own SMS conversation is not there");
                    }

                    @Override
                    public Message on(PostMessage.Result.NoSuchReplyTarget noSuchReplyTarget) {
                        throw new IllegalStateException("the text answered is not in its own conversation");
                    }
                });
    }
}
