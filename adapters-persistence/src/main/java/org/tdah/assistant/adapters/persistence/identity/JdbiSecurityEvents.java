package org.tdah.assistant.adapters.persistence.identity;

import java.util.List;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.identity.SecurityEvent;
import org.tdah.assistant.application.identity.port.SecurityEvents;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;

/** The audit trail in the {@code security_events} table. */
public final class JdbiSecurityEvents implements SecurityEvents {
    private static final int MAX_USER_AGENT = 512;

    private final PostgresDatabase database;

    public JdbiSecurityEvents(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void record(SecurityEvent event) {
        String userAgent = event.origin().userAgent();
        database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO security_events (occurred_at, type, account_id, address, user_agent, request_id)
                        VALUES (:at, :type, :account, :address, :userAgent, :requestId)""")
                .bind("at", Timestamps.utc(event.at()))
                .bind("type", event.type().name())
                .bind("account", event.account() == null ? null : event.account().value())
                .bind("address", event.origin().address())
                .bind("userAgent", userAgent == null || userAgent.length() <= MAX_USER_AGENT
                        ? userAgent : userAgent.substring(0, MAX_USER_AGENT))
                .bind("requestId", event.origin().requestId())
                .execute());
    }

    @Override
    public List<SecurityEvent> ofAccount(AccountId account, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT occurred_at, type, account_id, address, user_agent, request_id FROM security_events
                        WHERE account_id = :account ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
                .bind("account", account.value())
                .bind("limit", limit)
                .map((row, context) -> new SecurityEvent(
                        SecurityEventType.valueOf(row.getString("type")),
                        new AccountId(row.getString("account_id")),
                        new RequestOrigin(row.getString("address"), row.getString("user_agent"), row.getString("request_id")),
                        Timestamps.instant(row, "occurred_at")))
                .list());
    }
}
