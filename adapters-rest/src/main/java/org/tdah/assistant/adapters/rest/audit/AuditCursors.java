package org.tdah.assistant.adapters.rest.audit;

import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.adapters.rest.shared.OpaqueCursors;
import org.tdah.assistant.application.audit.AuditPosition;

/** The {@code cursor} of audit pages: the position in the trail the next page starts after. */
final class AuditCursors {
    private static final String SEPARATOR = "|";

    private AuditCursors() {}

    static String encode(AuditPosition position) {
        return OpaqueCursors.encode(position.at() + SEPARATOR + position.sequence());
    }

    static Optional<AuditPosition> decode(String cursor) {
        return OpaqueCursors.decode(cursor, key -> {
            int separator = key.lastIndexOf(SEPARATOR);
            return new AuditPosition(Instant.parse(key.substring(0, separator)), Long.parseLong(key.substring(separator + 1)));
        });
    }
}
