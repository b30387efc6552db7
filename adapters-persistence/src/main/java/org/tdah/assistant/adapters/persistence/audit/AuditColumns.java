package org.tdah.assistant.adapters.persistence.audit;

import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.audit.AuditEntry;

/** Writes entries into {@code audit_entries}: the one place that knows its columns on the way in. */
public final class AuditColumns {
    public static final String INSERT = """
            INSERT INTO audit_entries (occurred_at, category, action, actor_id, subject_id, resource, decision,
                                       address, user_agent, request_id)
            VALUES (:at, :category, :action, :actor, :subject, :resource, :decision, :address, :userAgent, :requestId)""";
    private static final int MAX_USER_AGENT = 512;
    private static final int MAX_RESOURCE = 512;

    private AuditColumns() {}

    /** Adds one row per entry to the batch (their sequence numbers are the table's to give). */
    public static void bind(PreparedBatch batch, List<AuditEntry> entries) {
        for (AuditEntry entry : entries) {
            batch.bind("at", Timestamps.utc(entry.at()))
                    .bind("category", entry.category().wireName())
                    .bind("action", entry.action())
                    .bind("actor", entry.actor() == null ? null : entry.actor().value())
                    .bind("subject", entry.subject() == null ? null : entry.subject().value())
                    .bind("resource", truncated(entry.resource(), MAX_RESOURCE))
                    .bind("decision", entry.decision() == null ? null : entry.decision().wireName())
                    .bind("address", entry.origin().address())
                    .bind("userAgent", truncated(entry.origin().userAgent(), MAX_USER_AGENT))
                    .bind("requestId", entry.origin().requestId())
                    .add();
        }
    }

    private static String truncated(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
