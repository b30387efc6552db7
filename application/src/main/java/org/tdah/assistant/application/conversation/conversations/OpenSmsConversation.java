package org.tdah.assistant.application.conversation.conversations;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.tdah.assistant.application.conversation.port.AccountScope;
import org.tdah.assistant.application.conversation.port.Conversations;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The SMS conversation of a person with one phone number, started on the first text: the SMS
 * router files every text of that number in it. Two texts arriving at once still make one.
 */
public final class OpenSmsConversation {
    private final AccountScope scope;
    private final Conversations conversations;
    private final Ids ids;
    private final Clock clock;

    public OpenSmsConversation(AccountScope scope, Conversations conversations, Ids ids, Clock clock) {
        this.scope = scope;
        this.conversations = conversations;
        this.ids = ids;
        this.clock = clock;
    }

    public Conversation open(AccountId person, PhoneNumber number) {
        return scope.as(person, () -> conversations.bySms(person, number).orElseGet(() -> {
            Conversation started = Conversation.bySms(new ConversationId(ids.next()), person, number,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            return conversations.add(started)
                    ? started
                    : conversations.bySms(person, number).orElseThrow(
                            () -> new IllegalStateException("an SMS conversation was refused but is not there"));
        }));
    }
}
