package org.tdah.assistant.application.audit.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.audit.AuditEntry;
import org.tdah.assistant.application.audit.AuditFilter;
import org.tdah.assistant.application.audit.AuditPosition;

/** The audit trail as written (decisions, security events, administrative changes), for reading and pruning. */
public interface AuditEntries {

    /** The entries matching {@code filter}, newest first, strictly after {@code after} when given, at most {@code limit}. */
    List<AuditEntry> find(AuditFilter filter, Optional<AuditPosition> after, int limit);

    /** Deletes every entry older than {@code cutoff}; answers how many. */
    long deleteOlderThan(Instant cutoff);
}
