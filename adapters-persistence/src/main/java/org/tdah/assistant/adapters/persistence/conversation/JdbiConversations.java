package org.tdah.assistant.adapters.persistence.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.conversation.port.Conversations;
import org.tdah.assistant.domain.conversation.Channel;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.ConversationTitle;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** Conversations in the {@code conversations} table, listed by id (time-ordered, compared byte by byte). */
public final class JdbiConversations implements Conversations {
    private static final String COLUMNS = "id, account_id, channel, title, archived, sms_number, created_at, last_message_at";
    private final PostgresDatabase database;

    public JdbiConversations(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public boolean add(Conversation conversation) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO conversations (id, account_id, channel, title, archived, sms_number, created_at,
                            last_message_at)
                        VALUES (:id, :owner, :channel, :title, :archived, :number, :createdAt, :lastMessageAt)
                        ON CONFLICT (account_id, sms_number) WHERE channel = 'sms' DO NOTHING""")
                .bind("id", conversation.id().value())
                .bind("owner", conversation.owner().value())
                .bind("channel", conversation.channel().wireName())
                .bind("title", conversation.title().map(ConversationTitle::value).orElse(null))
                .bind("archived", conversation.archived())
                .bind("number", conversation.smsNumber().map(PhoneNumber::value).orElse(null))
                .bind("createdAt", Timestamps.utc(conversation.createdAt()))
                .bind("lastMessageAt", Timestamps.utc(conversation.lastMessageAt().orElse(null)))
                .execute()) == 1;
    }

    @Override
    public Optional<Conversation> withId(ConversationId id) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM conversations WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiConversations::conversation)
                .findOne());
    }

    @Override
    public Optional<Conversation> bySms(AccountId owner, PhoneNumber number) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM conversations WHERE account_id = :owner AND channel = 'sms' AND sms_number = :number")
                .bind("owner", owner.value())
                .bind("number", number.value())
                .map(JdbiConversations::conversation)
                .findOne());
    }

    @Override
    public List<Conversation> ofOwner(AccountId owner, Optional<Boolean> archived, Optional<ConversationId> after,
            int limit) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM conversations
                        WHERE account_id = :owner
                          AND (CAST(:archived AS BOOLEAN) IS NULL OR archived = :archived)
                          AND (CAST(:after AS TEXT) IS NULL OR id < :after)
                        ORDER BY id DESC
                        LIMIT :limit""")
                .bind("owner", owner.value())
                .bind("archived", archived.orElse(null))
                .bind("after", after.map(ConversationId::value).orElse(null))
                .bind("limit", limit)
                .map(JdbiConversations::conversation)
                .list());
    }

    @Override
    public void change(ConversationId id, Optional<ConversationTitle> title, boolean archived) {
        database.withHandle(handle -> handle.createUpdate(
                        "UPDATE conversations SET title = :title, archived = :archived WHERE id = :id")
                .bind("id", id.value())
                .bind("title", title.map(ConversationTitle::value).orElse(null))
                .bind("archived", archived)
                .execute());
    }

    @Override
    public void touch(ConversationId id, Instant messageAt) {
        database.withHandle(handle -> handle.createUpdate("""
                        UPDATE conversations SET last_message_at = GREATEST(last_message_at, :at) WHERE id = :id""")
                .bind("id", id.value())
                .bind("at", Timestamps.utc(messageAt))
                .execute());
    }

    @Override
    public void remove(ConversationId id) {
        database.withHandle(handle -> handle.createUpdate("DELETE FROM conversations WHERE id = :id")
                .bind("id", id.value())
                .execute());
    }

    private static Conversation conversation(ResultSet row, StatementContext context) throws SQLException {
        return new Conversation(
                new ConversationId(row.getString("id")),
                new AccountId(row.getString("account_id")),
                Channel.ofWireName(row.getString("channel")),
                Optional.ofNullable(row.getString("title")).map(ConversationTitle::new),
                row.getBoolean("archived"),
                Optional.ofNullable(row.getString("sms_number")).map(PhoneNumber::parse),
                Timestamps.instant(row, "created_at"),
                Optional.ofNullable(Timestamps.instant(row, "last_message_at")));
    }
}
