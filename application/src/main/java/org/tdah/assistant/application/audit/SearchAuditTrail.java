package org.tdah.assistant.application.audit;

import java.util.Optional;
import org.tdah.assistant.application.access.EffectivePermissions;
import org.tdah.assistant.application.audit.port.AuditEntries;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.shared.PageLimit;

/** Reads the whole trail, filtered, for a caller allowed {@code audit:read}. */
public final class SearchAuditTrail {

    /** How the search ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Found found);

            T on(NotAllowed notAllowed);
        }

        record Found(AuditPage page) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The caller is not allowed {@code audit:read}. */
        record NotAllowed() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final AuditEntries entries;
    private final EffectivePermissions effectivePermissions;

    SearchAuditTrail(AuditEntries entries, EffectivePermissions effectivePermissions) {
        this.entries = entries;
        this.effectivePermissions = effectivePermissions;
    }

    public Result search(Caller caller, AuditFilter filter, Optional<AuditPosition> after, PageLimit limit) {
        if (!effectivePermissions.allows(caller.roles(), Permission.AUDIT_READ)) {
            return new Result.NotAllowed();
        }
        return new Result.Found(AuditPages.read(entries, filter, after, limit));
    }
}
