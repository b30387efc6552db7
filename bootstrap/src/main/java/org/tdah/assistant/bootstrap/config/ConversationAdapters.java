package org.tdah.assistant.bootstrap.config;

import java.time.Clock;
import org.tdah.assistant.adapters.persistence.conversation.JdbiConversations;
import org.tdah.assistant.adapters.persistence.conversation.JdbiMessages;
import org.tdah.assistant.adapters.persistence.conversation.PostgresAccountScope;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.conversation.ConversationCore;
import org.tdah.assistant.application.conversation.port.ConversationEvents;
import org.tdah.assistant.application.identity.IdentityCore;

/**
 * Which real adapter implements each out-port of the conversation context. The accounts (for
 * each person's language), the transactions and the time-ordered ids are the identity context's
 * own adapter instances; its events (the live stream, and the assistant's replies) are given by {@link Adapters}.
 */
public final class ConversationAdapters {
    private ConversationAdapters() {}

    public static ConversationCore.OutPorts outPorts(PostgresDatabase database, IdentityCore.OutPorts identity,
            ConversationEvents events, Clock clock) {
        return new ConversationCore.OutPorts(new JdbiConversations(database), new JdbiMessages(database),
                new PostgresAccountScope(database), identity.accounts(), events,
                identity.transactions(), identity.ids(), clock);
    }
}
