package org.tdah.assistant.adapters.rest.access;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.InvalidInputException;

/** The opaque {@code cursor} of account pages: the id the next page starts after, base64url-encoded. */
final class AccountCursors {
    private static final String PREFIX = "account:";

    private AccountCursors() {}

    static String encode(AccountId after) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + after.value()).getBytes(StandardCharsets.UTF_8));
    }

    static Optional<AccountId> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX) || text.length() == PREFIX.length()) {
                throw new IllegalArgumentException("not an account cursor");
            }
            return Optional.of(new AccountId(text.substring(PREFIX.length())));
        } catch (IllegalArgumentException notOurs) {
            throw InvalidInputException.of("cursor", "is not a cursor this list gave");
        }
    }
}
