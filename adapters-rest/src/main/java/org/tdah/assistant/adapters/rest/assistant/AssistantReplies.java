package org.tdah.assistant.adapters.rest.assistant;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.application.assistant.dialogue.AnswerMessage;
import org.tdah.assistant.application.conversation.messages.PostMessage;
import org.tdah.assistant.application.conversation.port.ConversationEvents;
import org.tdah.assistant.domain.conversation.Author;
import org.tdah.assistant.domain.conversation.Channel;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageBody;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * Where a person's message meets the assistant: once a message of theirs is committed, in any
 * conversation, the assistant answers it and its reply joins the same
 * conversation, by the same channel, as a reply to it, before the post returns. Every event also
 * goes on to the events it decorates (the live stream). The assistant is bound after the core is
 * built, because the core is built with these events; until then messages are not answered.
 * Texts are the exception: the SMS router answers them itself, in the transaction that files them,
 * and texts the answer back ({@code RouteInboundTexts}). A failure to answer is logged and never fails the person's message, which is kept.
 */
public final class AssistantReplies implements ConversationEvents {
    private static final Logger LOG = LoggerFactory.getLogger(AssistantReplies.class);

    private record Answering(AnswerMessage assistant, PostMessage post) {}

    private final ConversationEvents next;
    private final AtomicReference<Answering> answering = new AtomicReference<>();

    public AssistantReplies(ConversationEvents next) {
        this.next = next;
    }

    /** From now on the assistant answers every message a person posts. */
    public void answerWith(AnswerMessage assistant, PostMessage post) {
        answering.set(new Answering(Objects.requireNonNull(assistant), Objects.requireNonNull(post)));
    }

    @Override
    public void messageCreated(Message message) {
        next.messageCreated(message);
        Answering bound = answering.get();
        if (bound != null && message.author() == Author.USER && message.channel() != Channel.SMS) {
            answer(bound, message);
        }
    }

    private static void answer(Answering bound, Message message) {
        try {
            Optional<AnswerMessage.Reply> reply = bound.assistant().answer(message.owner(), message.body().value());
            reply.ifPresent(answer -> bound.post().post(message.owner(), message.conversation(),
                    new PostMessage.Command(Author.ASSISTANT, message.channel(), body(answer.text()),
                            Optional.of(message.id()))));
        } catch (RuntimeException failure) {
            LOG.error("The assistant could not answer message {}: {}", message.id(), failure.getClass().getSimpleName());
        }
    }

    private static MessageBody body(String text) {
        try {
            return new MessageBody(text);
        } catch (InvalidInputException tooLong) {
            return new MessageBody(text.substring(0, Math.min(text.length(), 3_900)));
        }
    }

    @Override
    public void conversationChanged(Conversation conversation) {
        next.conversationChanged(conversation);
    }

    @Override
    public void conversationDeleted(AccountId owner, ConversationId conversation) {
        next.conversationDeleted(owner, conversation);
    }
}
