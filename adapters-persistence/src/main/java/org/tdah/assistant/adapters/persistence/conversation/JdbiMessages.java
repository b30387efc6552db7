package org.tdah.assistant.adapters.persistence.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.conversation.MessageWindow;
import org.tdah.assistant.application.conversation.SearchHit;
import org.tdah.assistant.application.conversation.SearchPosition;
import org.tdah.assistant.application.conversation.SearchQuery;
import org.tdah.assistant.application.conversation.Snippet;
import org.tdah.assistant.application.conversation.port.Messages;
import org.tdah.assistant.domain.conversation.Author;
import org.tdah.assistant.domain.conversation.Channel;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageBody;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Language;

/**
 * Messages in the {@code messages} table. Lists are keyset-paged on the id (time-ordered, compared
 * byte by byte), never offset. The search is PostgreSQL's full-text search on a vector computed
 * with the text search configuration of the language the message was written in; the query is
 * read by {@code websearch_to_tsquery} in each language, so that no input is a syntax error.
 */
public final class JdbiMessages implements Messages {
    private static final String COLUMNS =
            "id, conversation_id, account_id, author, channel, body, reply_to, created_at, search_config::text AS config";
    private static final String ENGLISH = "english";
    private static final String FRENCH = "french_unaccent";
    private static final String HEADLINE_OPTIONS = "StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP
            + ", MaxWords=35, MinWords=15";

    private final PostgresDatabase database;

    public JdbiMessages(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void add(Message message) {
        database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO messages (id, conversation_id, account_id, author, channel, body, reply_to,
                            created_at, search_config)
                        VALUES (:id, :conversation, :owner, :author, :channel, :body, :replyTo, :createdAt,
                            CAST(:config AS regconfig))""")
                .bind("id", message.id().value())
                .bind("conversation", message.conversation().value())
                .bind("owner", message.owner().value())
                .bind("author", message.author().wireName())
                .bind("channel", message.channel().wireName())
                .bind("body", message.body().value())
                .bind("replyTo", message.replyTo().map(MessageId::value).orElse(null))
                .bind("createdAt", Timestamps.utc(message.createdAt()))
                .bind("config", configOf(message.language()))
                .execute());
    }

    @Override
    public Optional<Message> withId(MessageId id) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM messages WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiMessages::message)
                .findOne());
    }

    @Override
    public List<Message> ofConversation(ConversationId conversation, MessageWindow window, Optional<MessageId> after,
            int limit) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM messages
                        WHERE conversation_id = :conversation
                          AND (CAST(:after AS TEXT) IS NULL OR id < :after)
                          AND (CAST(:since AS TIMESTAMPTZ) IS NULL OR created_at > :since)
                          AND (CAST(:until AS TIMESTAMPTZ) IS NULL OR created_at < :until)
                        ORDER BY id DESC
                        LIMIT :limit""")
                .bind("conversation", conversation.value())
                .bind("after", after.map(MessageId::value).orElse(null))
                .bind("since", Timestamps.utc(window.after().orElse(null)))
                .bind("until", Timestamps.utc(window.before().orElse(null)))
                .bind("limit", limit)
                .map(JdbiMessages::message)
                .list());
    }

    @Override
    public List<Message> thread(MessageId root, Optional<MessageId> after, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        WITH RECURSIVE thread AS (
                            SELECT id, conversation_id FROM messages WHERE id = :root
                            UNION
                            SELECT reply.id, reply.conversation_id FROM messages reply
                              JOIN thread ON reply.conversation_id = thread.conversation_id AND reply.reply_to = thread.id
                        )
                        SELECT\s""" + COLUMNS + """
                         FROM messages
                        WHERE id IN (SELECT id FROM thread)
                          AND (CAST(:after AS TEXT) IS NULL OR id > :after)
                        ORDER BY id
                        LIMIT :limit""")
                .bind("root", root.value())
                .bind("after", after.map(MessageId::value).orElse(null))
                .bind("limit", limit)
                .map(JdbiMessages::message)
                .list());
    }

    @Override
    public List<SearchHit> search(AccountId owner, SearchQuery query, Optional<SearchPosition> after, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        WITH query AS (
                            SELECT websearch_to_tsquery('english', :q) AS english,
                                   websearch_to_tsquery('french_unaccent', :q) AS french
                        ), hits AS (
                            SELECT m.*, CASE WHEN m.search_config = 'english'::regconfig THEN query.english
                                             ELSE query.french END AS tsquery
                              FROM messages m, query
                             WHERE m.account_id = :owner
                               AND ((m.search_config = 'english'::regconfig AND m.search_vector @@ query.english)
                                 OR (m.search_config = 'french_unaccent'::regconfig AND m.search_vector @@ query.french))
                        ), ranked AS (
                            SELECT hits.*, ts_rank(search_vector, tsquery) AS rank FROM hits
                        ), page AS (
                            SELECT * FROM ranked
                             WHERE CAST(:afterId AS TEXT) IS NULL
                                OR rank < CAST(:afterRank AS REAL)
                                OR (rank = CAST(:afterRank AS REAL) AND id < :afterId)
                             ORDER BY rank DESC, id DESC
                             LIMIT :limit
                        )
                        SELECT\s""" + COLUMNS + """
                        , rank,
                               ts_headline(search_config, replace(replace(body, :start, ''), :stop, ''), tsquery,
                                   :options) AS snippet
                          FROM page
                         ORDER BY rank DESC, id DESC""")
                .bind("q", query.text())
                .bind("owner", owner.value())
                .bind("afterId", after.map(position -> position.message().value()).orElse(null))
                .bind("afterRank", after.map(SearchPosition::rank).orElse(null))
                .bind("limit", limit)
                .bind("start", String.valueOf(Snippet.START))
                .bind("stop", String.valueOf(Snippet.STOP))
                .bind("options", HEADLINE_OPTIONS)
                .map((row, context) -> new SearchHit(message(row, context), row.getFloat("rank"),
                        Snippet.of(row.getString("snippet"))))
                .list());
    }

    @Override
    public void removeAllOf(ConversationId conversation) {
        database.withHandle(handle -> handle.createUpdate("DELETE FROM messages WHERE conversation_id = :conversation")
                .bind("conversation", conversation.value())
                .execute());
    }

    private static String configOf(Language language) {
        return switch (language) {
            case EN -> ENGLISH;
            case FR -> FRENCH;
        };
    }

    private static Message message(ResultSet row, StatementContext context) throws SQLException {
        return new Message(
                new MessageId(row.getString("id")),
                new ConversationId(row.getString("conversation_id")),
                new AccountId(row.getString("account_id")),
                Author.ofWireName(row.getString("author")),
                Channel.ofWireName(row.getString("channel")),
                new MessageBody(row.getString("body")),
                Optional.ofNullable(row.getString("reply_to")).map(MessageId::new),
                FRENCH.equals(row.getString("config")) ? Language.FR : Language.EN,
                Timestamps.instant(row, "created_at"));
    }
}
