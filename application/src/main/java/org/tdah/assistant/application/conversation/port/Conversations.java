package org.tdah.assistant.application.conversation.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.ConversationTitle;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Every conversation of every person. Conversations are listed newest first, in the order of their
 * ids (which the core takes from the time-ordered {@code Ids}), so a page of them is stable.
 */
public interface Conversations {

    /**
     * Stores a new conversation.
     *
     * @return false, and nothing stored, for an SMS conversation whose owner already has one with that number
     */
    boolean add(Conversation conversation);

    Optional<Conversation> withId(ConversationId id);

    /** The SMS conversation of this person with this number, if there is one. */
    Optional<Conversation> bySms(AccountId owner, PhoneNumber number);

    /**
     * Up to {@code limit} conversations of the owner, newest first, starting after {@code after}
     * (exclusive), only archived ones or only others when {@code archived} is given.
     */
    List<Conversation> ofOwner(AccountId owner, Optional<Boolean> archived, Optional<ConversationId> after, int limit);

    /** Replaces the title and the archived flag of an existing conversation. */
    void change(ConversationId id, Optional<ConversationTitle> title, boolean archived);

    /** Records a message at this time; the latest message time never goes back. */
    void touch(ConversationId id, Instant messageAt);

    /** Removes the conversation; its messages must be removed first (or with it). */
    void remove(ConversationId id);
}
