package org.tdah.assistant.application.conversation.conversations;

import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.conversation.port.ConversationEvents;
import org.tdah.assistant.application.conversation.port.Conversations;
import org.tdah.assistant.application.conversation.support.OwnConversations;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.ConversationTitle;
import org.tdah.assistant.domain.identity.AccountId;

/** Renames a conversation of the caller (or takes its title away), archives or unarchives it. */
public final class ChangeConversation {

    /**
     * What to change; what is not given stays.
     *
     * @param title empty to keep the title; present with an empty title to remove it
     */
    public record Change(Optional<Optional<ConversationTitle>> title, Optional<Boolean> archived) {
        public Change {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(archived, "archived");
        }
    }

    /** How changing ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Changed changed);

            T on(NotFound notFound);
        }

        record Changed(Conversation conversation) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record NotFound() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final OwnConversations own;
    private final Conversations conversations;
    private final ConversationEvents events;

    public ChangeConversation(OwnConversations own, Conversations conversations, ConversationEvents events) {
        this.events = events;
        this.own = own;
        this.conversations = conversations;
    }

    public Result change(AccountId caller, ConversationId id, Change change) {
        Result result = own.inScopeOf(caller, () -> changeOwn(caller, id, change));
        if (result instanceof Result.Changed changed) {
            events.conversationChanged(changed.conversation());
        }
        return result;
    }

    private Result changeOwn(AccountId caller, ConversationId id, Change change) {
        Optional<Conversation> found = own.find(caller, id);
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        Conversation before = found.get();
        Conversation after = before.changed(change.title().orElse(before.title()),
                change.archived().orElse(before.archived()));
        conversations.change(id, after.title(), after.archived());
        return new Result.Changed(after);
    }
}
