package org.tdah.assistant.testkit.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tdah.assistant.application.conversation.port.Conversations;
import org.tdah.assistant.domain.conversation.Channel;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.ConversationTitle;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.shared.Transactional;

/**
 * Conversations in insertion order (the order of their time-ordered ids in production); behaves
 * as {@code ConversationsContract} says.
 */
public final class InMemoryConversations implements Conversations, Transactional {
    private final Map<ConversationId, Conversation> byId = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(Conversation conversation) {
        if (conversation.channel() == Channel.SMS
                && bySms(conversation.owner(), conversation.smsNumber().orElseThrow()).isPresent()) {
            return false;
        }
        byId.put(conversation.id(), conversation);
        return true;
    }

    @Override
    public synchronized Optional<Conversation> withId(ConversationId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Conversation> bySms(AccountId owner, PhoneNumber number) {
        return byId.values().stream()
                .filter(conversation -> conversation.isOwnedBy(owner) && conversation.smsNumber().equals(Optional.of(number)))
                .findFirst();
    }

    @Override
    public synchronized List<Conversation> ofOwner(AccountId owner, Optional<Boolean> archived,
            Optional<ConversationId> after, int limit) {
        List<Conversation> newestFirst = new ArrayList<>(byId.values());
        java.util.Collections.reverse(newestFirst);
        int start = after.map(key -> InsertionOrder.indexAfter(newestFirst, Conversation::id, key)).orElse(0);
        return newestFirst.subList(start, newestFirst.size()).stream()
                .filter(conversation -> conversation.isOwnedBy(owner))
                .filter(conversation -> archived.map(wanted -> wanted == conversation.archived()).orElse(true))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void change(ConversationId id, Optional<ConversationTitle> title, boolean archived) {
        byId.computeIfPresent(id, (key, conversation) -> conversation.changed(title, archived));
    }

    @Override
    public synchronized void touch(ConversationId id, Instant messageAt) {
        byId.computeIfPresent(id, (key, conversation) -> conversation.withMessageAt(messageAt));
    }

    @Override
    public synchronized void remove(ConversationId id) {
        byId.remove(id);
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot copy = Transactional.copyOf(byId);
        return () -> {
            synchronized (this) {
                copy.restore();
            }
        };
    }
}
