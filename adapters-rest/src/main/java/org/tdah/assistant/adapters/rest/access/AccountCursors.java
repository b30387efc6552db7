package org.tdah.assistant.adapters.rest.access;

import java.util.Optional;
import org.tdah.assistant.adapters.rest.shared.OpaqueCursors;
import org.tdah.assistant.domain.identity.AccountId;

/** The {@code cursor} of account pages: the id the next page starts after. */
final class AccountCursors {
    private static final String PREFIX = "account:";

    private AccountCursors() {}

    static String encode(AccountId after) {
        return OpaqueCursors.encode(PREFIX + after.value());
    }

    static Optional<AccountId> decode(String cursor) {
        return OpaqueCursors.decode(cursor, key -> {
            if (!key.startsWith(PREFIX) || key.length() == PREFIX.length()) {
                throw new IllegalArgumentException("not an account cursor");
            }
            return new AccountId(key.substring(PREFIX.length()));
        });
    }
}
