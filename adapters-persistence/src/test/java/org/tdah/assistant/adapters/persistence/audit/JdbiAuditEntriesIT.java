package org.tdah.assistant.adapters.persistence.audit;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.tdah.assistant.adapters.persistence.identity.JdbiSecurityEvents;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.audit.port.AuditEntriesContract;

class JdbiAuditEntriesIT extends AuditEntriesContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();
    private BufferedDecisionLog decisions;

    @Override
    protected Trail newTrail() {
        TestDatabase.truncateAll(DATABASE);
        decisions = new BufferedDecisionLog(DATABASE, 1_000, Duration.ofMillis(50));
        return new Trail(new JdbiSecurityEvents(DATABASE), decisions, decisions::flush, new JdbiAuditEntries(DATABASE));
    }

    @AfterEach
    void closeDecisions() {
        decisions.close();
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
