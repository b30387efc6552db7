package org.tdah.assistant.bootstrap.config;

import java.time.Clock;
import org.tdah.assistant.adapters.persistence.conversation.JdbiConversations;
import org.tdah.assistant.adapters.persistence.conversation.JdbiMessages;
import org.tdah.assistant.adapters.persistence.conversation.PostgresAccountScope;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.rest.conversation.LiveConversationEvents;
import org.tdah.assistant.application.conversation.ConversationCore;
import org.tdah.assistant.application.identity.IdentityCore;
import org.tdah.assistant.application.live.port.LiveEventStream;

/**
 * Which real adapter implements each out-port of the conversation context. The accounts (for
 * each person's language), the transactions and the time-ordered ids are the identity context's
 * own adapter instances; its events go to the live context's stream, rendered as its API renders them.
 */
public final class ConversationAdapters {
    private ConversationAdapters() {}

    public static ConversationCore.OutPorts outPorts(PostgresDatabase database, IdentityCore.OutPorts identity,
            LiveEventStream liveEvents, Clock clock) {
        return new ConversationCore.OutPorts(new JdbiConversations(database), new JdbiMessages(database),
                new PostgresAccountScope(database), identity.accounts(), new LiveConversationEvents(liveEvents),
                identity.transactions(), identity.ids(), clock);
    }
}
