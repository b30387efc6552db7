package org.tdah.assistant.application.identity.port;

import java.time.Duration;
import java.time.Instant;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.domain.identity.TokenHash;

/**
 * Refresh tokens, stored as hashes. Each login starts a family (its session); each use rotates the
 * token: the presented one is spent and a new one replaces it. A spent token presented again means
 * it was stolen, and the caller revokes the family, unless it comes within the grace window of
 * its rotation while its replacement is still the family's newest token: then it is the same
 * client refreshing twice at once (two tabs, two threads), and it gets the same replacement.
 */
public interface RefreshTokens {

    void add(TokenHash token, SessionId session, AccountId account, Instant issuedAt, Instant expiresAt);

    /**
     * Spends {@code presented} and stores {@code replacement} (a fresh token) in its family,
     * atomically: of concurrent rotations of one token exactly one rotates. Presenting the token
     * again less than {@code grace} after it was spent, while its replacement is unspent and
     * unrevoked, gives that replacement again ({@link Rotation.Rotated#replayed}) and rotates
     * nothing; later, or once the replacement was itself rotated, it is a reuse. The replacement
     * is kept in a retrievable form only for the grace window, and never in clear at rest.
     */
    Rotation rotate(TokenHash presented, String replacement, Instant now, Duration grace);

    void revokeSession(SessionId session, Instant now);

    /** Revokes every refresh token of the account but those of {@code keep} (null to revoke all). */
    void revokeAllOf(AccountId account, SessionId keep, Instant now);

    /** How a rotation ended. */
    sealed interface Rotation {
        /**
         * The family's newest token is {@code refreshToken}: the replacement just stored, or, when
         * {@code replayed}, the one a concurrent rotation of the same token stored moments ago.
         */
        record Rotated(SessionId session, AccountId account, String refreshToken, boolean replayed) implements Rotation {
            @Override
            public String toString() {
                return "Rotated[session=" + session + ", account=" + account + ", replayed=" + replayed + "]";
            }
        }

        /** The token was already spent: its family must be revoked. */
        record Reused(SessionId session, AccountId account) implements Rotation {}

        /** Unknown, expired or revoked. */
        record Invalid() implements Rotation {}
    }
}
