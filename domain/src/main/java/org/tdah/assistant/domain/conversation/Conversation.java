package org.tdah.assistant.domain.conversation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * A conversation between a person (its owner, the only one who ever sees it) and their assistant,
 * on the web or by SMS. An SMS conversation is the one of its owner with one phone number; a web
 * conversation has no number.
 */
public record Conversation(ConversationId id, AccountId owner, Channel channel, Optional<ConversationTitle> title,
        boolean archived, Optional<PhoneNumber> smsNumber, Instant createdAt, Optional<Instant> lastMessageAt) {

    public Conversation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(smsNumber, "smsNumber");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastMessageAt, "lastMessageAt");
        if ((channel == Channel.SMS) != smsNumber.isPresent()) {
            throw new IllegalArgumentException("an SMS conversation, and only one, has a phone number");
        }
    }

    public static Conversation onTheWeb(ConversationId id, AccountId owner, Optional<ConversationTitle> title, Instant at) {
        return new Conversation(id, owner, Channel.WEB, title, false, Optional.empty(), at, Optional.empty());
    }

    public static Conversation bySms(ConversationId id, AccountId owner, PhoneNumber number, Instant at) {
        return new Conversation(id, owner, Channel.SMS, Optional.empty(), false, Optional.of(number), at, Optional.empty());
    }

    public boolean isOwnedBy(AccountId account) {
        return owner.equals(account);
    }

    public Conversation changed(Optional<ConversationTitle> newTitle, boolean nowArchived) {
        return new Conversation(id, owner, channel, newTitle, nowArchived, smsNumber, createdAt, lastMessageAt);
    }

    public Conversation withMessageAt(Instant at) {
        Instant latest = lastMessageAt.filter(last -> last.isAfter(at)).orElse(at);
        return new Conversation(id, owner, channel, title, archived, smsNumber, createdAt, Optional.of(latest));
    }
}
