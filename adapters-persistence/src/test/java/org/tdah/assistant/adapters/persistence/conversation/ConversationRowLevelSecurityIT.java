package org.tdah.assistant.adapters.persistence.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.conversation.MessageWindow;
import org.tdah.assistant.domain.conversation.Author;
import org.tdah.assistant.domain.conversation.Channel;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageBody;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Language;

/**
 * The second line of defence: inside an account's scope, PostgreSQL itself hides and refuses
 * every other account's conversations and messages, even to a query with no owner filter at all.
 */
class ConversationRowLevelSecurityIT {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private final JdbiConversations conversations = new JdbiConversations(DATABASE);
    private final JdbiMessages messages = new JdbiMessages(DATABASE);
    private final PostgresAccountScope scope = new PostgresAccountScope(DATABASE);
    private AccountId alice;
    private AccountId bob;
    private Conversation hers;
    private Message herMessage;

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }

    @BeforeEach
    void storeAlicesConversation() {
        TestDatabase.truncateAll(DATABASE);
        alice = TestAccounts.storedIn(DATABASE);
        bob = TestAccounts.storedIn(DATABASE);
        hers = Conversation.onTheWeb(new ConversationId(UUID.randomUUID().toString()), alice, Optional.empty(), AT);
        conversations.add(hers);
        herMessage = new Message(new MessageId(UUID.randomUUID().toString()), hers.id(), alice, Author.USER, Channel.WEB,
                new MessageBody("my secret platypus plan"), Optional.empty(), Language.EN, AT);
        messages.add(herMessage);
    }

    private static long count(String table) {
        return DATABASE.withHandle(handle -> handle.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }

    @Test
    void an_unfiltered_query_in_bob_s_scope_sees_none_of_alice_s_rows() {
        assertThat(scope.as(bob, () -> count("messages"))).isZero();
        assertThat(scope.as(bob, () -> count("conversations"))).isZero();
        assertThat(scope.as(bob, () -> conversations.withId(hers.id()))).isEmpty();
        assertThat(scope.as(bob, () -> messages.ofConversation(hers.id(), MessageWindow.ALWAYS, Optional.empty(), 10)))
                .isEmpty();

        assertThat(scope.as(alice, () -> count("messages"))).isEqualTo(1);
        assertThat(scope.as(alice, () -> messages.withId(herMessage.id()))).contains(herMessage);
    }

    @Test
    void unfiltered_changes_in_bob_s_scope_touch_none_of_alice_s_rows() {
        int updated = scope.as(bob, () -> DATABASE.<Integer>withHandle(handle ->
                handle.execute("UPDATE messages SET body = 'overwritten'")));
        int deleted = scope.as(bob, () -> DATABASE.<Integer>withHandle(handle ->
                handle.execute("DELETE FROM conversations")));

        assertThat(updated).isZero();
        assertThat(deleted).isZero();
        assertThat(messages.withId(herMessage.id())).contains(herMessage);
    }

    @Test
    void bob_s_scope_refuses_a_row_written_for_alice_and_keeps_nothing_of_it() {
        Conversation forged = Conversation.onTheWeb(new ConversationId(UUID.randomUUID().toString()), alice,
                Optional.empty(), AT);

        assertThatThrownBy(() -> scope.as(bob, () -> conversations.add(forged)))
                .isInstanceOf(JdbiException.class)
                .hasMessageContaining("row-level security");
        assertThat(conversations.withId(forged.id())).isEmpty();
    }

    @Test
    void the_scope_ends_with_its_transaction_and_without_an_account_the_role_sees_nothing() {
        scope.as(bob, () -> count("messages"));

        long withoutAccount = DATABASE.inTransaction(handle -> {
            handle.execute("SET LOCAL ROLE " + PostgresAccountScope.ROLE);
            return handle.createQuery("SELECT count(*) FROM messages").mapTo(Long.class).one();
        });
        String userAfterwards = DATABASE.withHandle(handle ->
                handle.createQuery("SELECT current_user").mapTo(String.class).one());

        assertThat(count("messages")).isEqualTo(1);
        assertThat(withoutAccount).isZero();
        assertThat(userAfterwards).isNotEqualTo(PostgresAccountScope.ROLE);
    }

    @Test
    void a_scope_entered_inside_an_open_transaction_gives_back_the_role_and_the_account_it_found() {
        List<String> afterwards = DATABASE.inTransaction(handle -> {
            handle.execute("SELECT set_config('app.account_id', 'outer', true)");
            long bobs = scope.as(bob, () -> count("messages"));
            String user = handle.createQuery("SELECT current_user").mapTo(String.class).one();
            String account = handle.createQuery("SELECT current_setting('app.account_id')").mapTo(String.class).one();
            long accounts = handle.createQuery("SELECT count(*) FROM accounts").mapTo(Long.class).one();
            return List.of(String.valueOf(bobs), user, account, String.valueOf(accounts), String.valueOf(count("messages")));
        });

        assertThat(afterwards.get(0)).as("bob's scope was in force inside").isEqualTo("0");
        assertThat(afterwards.get(1)).isNotEqualTo(PostgresAccountScope.ROLE);
        assertThat(afterwards.subList(2, 5)).as("account, accounts, messages after the scope").containsExactly("outer", "2", "1");
    }

    @Test
    void a_nested_scope_whose_work_fails_leaves_the_outer_transaction_to_roll_back() {
        assertThatThrownBy(() -> DATABASE.inTransaction(handle ->
                scope.as(bob, () -> handle.createQuery("SELECT count(*) FROM accounts").mapTo(Long.class).one())))
                .isInstanceOf(JdbiException.class)
                .hasMessageContaining("permission denied");
        assertThat(count("messages")).isEqualTo(1);
    }
}
