package org.tdah.assistant.application.conversation.messages;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.conversation.port.ConversationEvents;
import org.tdah.assistant.application.conversation.port.Conversations;
import org.tdah.assistant.application.conversation.port.Messages;
import org.tdah.assistant.application.conversation.support.OwnConversations;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.conversation.Author;
import org.tdah.assistant.domain.conversation.Channel;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageBody;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Language;

/**
 * Adds a message to a conversation of its owner, from the person, the assistant or the system,
 * through the channel it came by; a reply names a message of the same conversation. The message
 * is searched in the owner's language of the moment.
 */
public final class PostMessage {

    /** A message to post: who wrote it, how it came, what it says and what it answers. */
    public record Command(Author author, Channel channel, MessageBody body, Optional<MessageId> replyTo) {
        public Command {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(replyTo, "replyTo");
        }

        /** What a person types in the web app. */
        public static Command fromTheWeb(MessageBody body, Optional<MessageId> replyTo) {
            return new Command(Author.USER, Channel.WEB, body, replyTo);
        }
    }

    /** How posting ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Posted posted);

            T on(NoSuchConversation noSuchConversation);

            T on(NoSuchReplyTarget noSuchReplyTarget);
        }

        record Posted(Message message) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** No conversation of the owner has this id. */
        record NoSuchConversation() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The reply names no message of this conversation (nothing was stored). */
        record NoSuchReplyTarget(MessageId replyTo) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final OwnConversations own;
    private final Conversations conversations;
    private final Messages messages;
    private final Accounts accounts;
    private final ConversationEvents events;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public PostMessage(OwnConversations own, Conversations conversations, Messages messages, Accounts accounts,
            ConversationEvents events, Transactions transactions, Ids ids, Clock clock) {
        this.events = events;
        this.own = own;
        this.conversations = conversations;
        this.messages = messages;
        this.accounts = accounts;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public Result post(AccountId owner, ConversationId id, Command command) {
        Language language = accounts.withId(owner).map(Account::language).orElse(Language.EN);
        Result result = own.inScopeOf(owner, () -> postAs(owner, id, command, language));
        if (result instanceof Result.Posted posted) {
            events.messageCreated(posted.message());
        }
        return result;
    }

    private Result postAs(AccountId owner, ConversationId id, Command command, Language language) {
        Optional<Conversation> conversation = own.find(owner, id);
        if (conversation.isEmpty()) {
            return new Result.NoSuchConversation();
        }
        Optional<MessageId> replyTo = command.replyTo();
        if (replyTo.isPresent() && messages.withId(replyTo.get())
                .filter(target -> target.conversation().equals(id)).isEmpty()) {
            return new Result.NoSuchReplyTarget(replyTo.get());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Message message = new Message(new MessageId(ids.next()), id, owner, command.author(), command.channel(),
                command.body(), replyTo, language, now);
        transactions.run(() -> {
            messages.add(message);
            conversations.touch(id, now);
        });
        return new Result.Posted(message);
    }
}
