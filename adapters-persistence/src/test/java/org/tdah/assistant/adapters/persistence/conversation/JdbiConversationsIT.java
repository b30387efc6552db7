package org.tdah.assistant.adapters.persistence.conversation;

import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.conversation.port.Conversations;
import org.tdah.assistant.application.conversation.port.ConversationsContract;
import org.tdah.assistant.domain.identity.AccountId;

class JdbiConversationsIT extends ConversationsContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected Conversations newConversations() {
        return new JdbiConversations(DATABASE);
    }

    @Override
    protected AccountId anAccount() {
        return TestAccounts.storedIn(DATABASE);
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
