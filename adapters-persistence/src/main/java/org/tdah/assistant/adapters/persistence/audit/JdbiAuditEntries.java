package org.tdah.assistant.adapters.persistence.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.audit.AuditEntry;
import org.tdah.assistant.application.audit.AuditFilter;
import org.tdah.assistant.application.audit.AuditPosition;
import org.tdah.assistant.application.audit.port.AuditEntries;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.audit.AuditCategory;
import org.tdah.assistant.domain.audit.Decision;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Reads and prunes {@code audit_entries}, newest first by (time, id): a keyset that stays stable
 * while entries arrive, never an OFFSET.
 */
public final class JdbiAuditEntries implements AuditEntries {
    private final PostgresDatabase database;

    public JdbiAuditEntries(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, Optional<AuditPosition> after, int limit) {
        List<String> conditions = new ArrayList<>();
        filter.actor().ifPresent(actor -> conditions.add("actor_id = :actor"));
        filter.subject().ifPresent(subject -> conditions.add("subject_id = :subject"));
        filter.action().ifPresent(action -> conditions.add("action = :action"));
        filter.decision().ifPresent(decision -> conditions.add("decision = :decision"));
        if (!filter.categories().isEmpty()) {
            conditions.add("category = ANY(:categories)");
        }
        filter.from().ifPresent(from -> conditions.add("occurred_at >= :from"));
        filter.to().ifPresent(to -> conditions.add("occurred_at < :to"));
        after.ifPresent(position -> conditions.add("(occurred_at, id) < (:afterAt, :afterId)"));
        String where = conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
        return database.withHandle(handle -> {
            Query query = handle.createQuery("""
                    SELECT id, occurred_at, category, action, actor_id, subject_id, resource, decision,
                           address, user_agent, request_id
                    FROM audit_entries %s ORDER BY occurred_at DESC, id DESC LIMIT :limit""".formatted(where));
            filter.actor().ifPresent(actor -> query.bind("actor", actor.value()));
            filter.subject().ifPresent(subject -> query.bind("subject", subject.value()));
            filter.action().ifPresent(action -> query.bind("action", action));
            filter.decision().ifPresent(decision -> query.bind("decision", decision.wireName()));
            if (!filter.categories().isEmpty()) {
                query.bindArray("categories", String.class,
                        filter.categories().stream().map(AuditCategory::wireName).toList());
            }
            filter.from().ifPresent(from -> query.bind("from", Timestamps.utc(from)));
            filter.to().ifPresent(to -> query.bind("to", Timestamps.utc(to)));
            after.ifPresent(position -> query.bind("afterAt", Timestamps.utc(position.at()))
                    .bind("afterId", position.sequence()));
            return query.bind("limit", limit).map((row, context) -> entry(row)).list();
        });
    }

    @Override
    public long deleteOlderThan(Instant cutoff) {
        return database.withHandle(handle -> handle.createUpdate("DELETE FROM audit_entries WHERE occurred_at < :cutoff")
                .bind("cutoff", Timestamps.utc(cutoff))
                .execute());
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        String decision = row.getString("decision");
        return new AuditEntry(
                new AuditPosition(Timestamps.instant(row, "occurred_at"), row.getLong("id")),
                AuditCategory.fromWireName(row.getString("category")).orElseThrow(),
                row.getString("action"),
                accountOrNull(row.getString("actor_id")),
                accountOrNull(row.getString("subject_id")),
                row.getString("resource"),
                decision == null ? null : Decision.fromWireName(decision).orElseThrow(),
                new RequestOrigin(row.getString("address"), row.getString("user_agent"), row.getString("request_id")));
    }

    private static AccountId accountOrNull(String id) {
        return id == null ? null : new AccountId(id);
    }
}
