package org.tdah.assistant.adapters.rest.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.tdah.assistant.application.audit.AuditPosition;
import org.tdah.assistant.domain.shared.InvalidInputException;

/** The opaque {@code cursor} of audit pages: a position in the trail, base64url-encoded. */
final class AuditCursors {
    private AuditCursors() {}

    static String encode(AuditPosition position) {
        String text = position.at() + "|" + position.sequence();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<AuditPosition> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            int bar = text.lastIndexOf('|');
            return Optional.of(new AuditPosition(Instant.parse(text.substring(0, bar)),
                    Long.parseLong(text.substring(bar + 1))));
        } catch (RuntimeException notOurs) {
            throw InvalidInputException.of("cursor", "is not a cursor this list gave");
        }
    }
}
