package org.tdah.assistant.adapters.rest.audit;

import java.util.List;
import java.util.function.Function;
import org.tdah.assistant.application.audit.AuditEntry;
import org.tdah.assistant.application.audit.AuditPage;
import org.tdah.assistant.domain.audit.AuditCategory;
import org.tdah.assistant.domain.identity.AccountId;

/** The JSON of audit pages: the administrators' view of every field, and a person's view of their own history. */
final class AuditRepresentations {
    private AuditRepresentations() {}

    record Page<T>(List<T> items, String nextCursor) {}

    /** A line of the whole trail, for administrators. */
    record EntryRepresentation(String at, String category, String action, String actorId, String subjectId,
            String resource, String decision, String address, String userAgent, String requestId) {
        static EntryRepresentation of(AuditEntry entry) {
            return new EntryRepresentation(entry.at().toString(), entry.category().wireName(), entry.action(),
                    idOrNull(entry.actor()), idOrNull(entry.subject()), entry.resource(),
                    entry.decision() == null ? null : entry.decision().wireName(), entry.origin().address(),
                    entry.origin().userAgent(), entry.origin().requestId());
        }
    }

    /**
     * A line of a person's own activity: what happened, from where, and whether an administrator
     * did it (not which one).
     */
    record ActivityRepresentation(String at, String action, boolean byAdministrator, String address,
            String userAgent) {
        static ActivityRepresentation of(AuditEntry entry) {
            return new ActivityRepresentation(entry.at().toString(), entry.action(),
                    entry.category() == AuditCategory.ADMINISTRATION,
                    entry.origin().address(), entry.origin().userAgent());
        }
    }

    static <T> Page<T> page(AuditPage page, Function<AuditEntry, T> representation) {
        return new Page<>(page.items().stream().map(representation).toList(),
                page.next().map(AuditCursors::encode).orElse(null));
    }

    private static String idOrNull(AccountId account) {
        return account == null ? null : account.value();
    }
}
