package org.tdah.assistant.adapters.persistence.identity;

import java.util.List;
import org.tdah.assistant.adapters.persistence.audit.AuditColumns;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.audit.AuditEntry;
import org.tdah.assistant.application.identity.SecurityEvent;
import org.tdah.assistant.application.identity.port.SecurityEvents;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;

/**
 * The security events of the audit trail ({@code audit_entries}, categories security and
 * administration), written in the caller's transaction: they are lost only with the change itself.
 */
public final class JdbiSecurityEvents implements SecurityEvents {
    private final PostgresDatabase database;

    public JdbiSecurityEvents(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void record(SecurityEvent event) {
        database.withHandle(handle -> {
            var batch = handle.prepareBatch(AuditColumns.INSERT);
            AuditColumns.bind(batch, List.of(AuditEntry.of(event, 0)));
            return batch.execute();
        });
    }

    @Override
    public List<SecurityEvent> ofAccount(AccountId account, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT occurred_at, action, subject_id, actor_id, address, user_agent, request_id
                        FROM audit_entries
                        WHERE subject_id = :account AND category IN ('security', 'administration')
                        ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
                .bind("account", account.value())
                .bind("limit", limit)
                .map((row, context) -> {
                    SecurityEventType type = SecurityEventType.fromWireName(row.getString("action")).orElseThrow();
                    String actor = row.getString("actor_id");
                    return new SecurityEvent(type, new AccountId(row.getString("subject_id")),
                            type.administrative() && actor != null ? new AccountId(actor) : null,
                            new RequestOrigin(row.getString("address"), row.getString("user_agent"),
                                    row.getString("request_id")),
                            Timestamps.instant(row, "occurred_at"));
                })
                .list());
    }
}
