package org.tdah.assistant.adapters.rest.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.tdah.assistant.application.audit.AuditEntry;
import org.tdah.assistant.application.audit.AuditPage;
import org.tdah.assistant.domain.audit.AuditCategory;
import org.tdah.assistant.domain.identity.AccountId;

/** The JSON of audit pages: the administrators' view of every field, and a person's view of their own history. */
final class AuditRepresentations {
    private AuditRepresentations() {}

    record Page<T>(List<T> items, @Schema(nullable = true) String nextCursor) {}

    /** A page of audit entries, as {@code Page<EntryRepresentation>} writes it (named for the document). */
    record EntryPage(List<EntryRepresentation> items, @Schema(nullable = true) String nextCursor) {}

    /** A line of the whole trail, for administrators. */
    record EntryRepresentation(String at, String category, String action, @Schema(nullable = true) String actorId,
            @Schema(nullable = true) String subjectId, @Schema(nullable = true) String resource,
            @Schema(nullable = true) String decision, @Schema(nullable = true) String address,
            @Schema(nullable = true) String userAgent, @Schema(nullable = true) String requestId) {
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
    record ActivityRepresentation(String at, String action, boolean byAdministrator,
            @Schema(nullable = true) String address, @Schema(nullable = true) String userAgent) {
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
