package org.tdah.assistant.domain.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an account stands, as administrators see and filter it. Exactly one holds, in this order:
 * {@link #DISABLED} when an administrator disabled it (whether or not its email is verified),
 * else {@link #UNVERIFIED} while its email address is not verified, else {@link #ACTIVE}.
 */
public enum AccountState {
    ACTIVE,
    DISABLED,
    UNVERIFIED;

    /** The name clients use: {@code active}, {@code disabled}, {@code unverified}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AccountState> fromWireName(String name) {
        for (AccountState state : values()) {
            if (state.wireName().equals(name)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
