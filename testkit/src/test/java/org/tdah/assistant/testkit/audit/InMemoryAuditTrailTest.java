package org.tdah.assistant.testkit.audit;

import org.tdah.assistant.application.audit.port.AuditEntriesContract;
import org.tdah.assistant.testkit.InMemoryCore;

class InMemoryAuditTrailTest extends AuditEntriesContract {
    @Override
    protected Trail newTrail() {
        InMemoryCore fixture = new InMemoryCore();
        return new Trail(fixture.securityEvents, fixture.auditTrail, () -> { }, fixture.auditTrail);
    }
}
