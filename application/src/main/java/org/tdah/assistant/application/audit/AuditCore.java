package org.tdah.assistant.application.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.tdah.assistant.application.access.EffectivePermissions;
import org.tdah.assistant.application.audit.port.AuditEntries;

/**
 * The composition root of the audit context: reading and pruning the trail that the other contexts
 * write (identity its security events through its own port, access its decisions through
 * {@link org.tdah.assistant.application.access.port.DecisionLog}). Who may read it is the access
 * context's answer.
 */
public final class AuditCore {

    /** Every out-port the audit context needs, and the clock it reads time from. */
    public record OutPorts(AuditEntries entries, Clock clock) {
        public OutPorts {
            Objects.requireNonNull(entries, "entries");
            Objects.requireNonNull(clock, "clock");
        }
    }

    /** How long entries are kept: 365 days unless an operator says otherwise. */
    public record Settings(Duration retention) {
        public static final Settings DEFAULT = new Settings(Duration.ofDays(365));

        public Settings {
            if (retention.isNegative() || retention.isZero()) {
                throw new IllegalArgumentException("the audit retention must be positive");
            }
        }
    }

    private final SearchAuditTrail searchAuditTrail;
    private final ViewOwnActivity viewOwnActivity;
    private final PruneAuditTrail pruneAuditTrail;

    public AuditCore(OutPorts ports, Settings settings, EffectivePermissions effectivePermissions) {
        searchAuditTrail = new SearchAuditTrail(ports.entries(), effectivePermissions);
        viewOwnActivity = new ViewOwnActivity(ports.entries());
        pruneAuditTrail = new PruneAuditTrail(ports.entries(), settings.retention(), ports.clock());
    }

    public SearchAuditTrail searchAuditTrail() {
        return searchAuditTrail;
    }

    public ViewOwnActivity viewOwnActivity() {
        return viewOwnActivity;
    }

    public PruneAuditTrail pruneAuditTrail() {
        return pruneAuditTrail;
    }
}
