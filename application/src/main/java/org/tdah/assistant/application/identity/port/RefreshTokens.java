package org.tdah.assistant.application.identity.port;

import java.time.Instant;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.domain.identity.TokenHash;

/**
 * Refresh tokens, stored as hashes. Each login starts a family (its session); each use rotates the
 * token: the presented one is spent and a new one replaces it. A spent token presented again means
 * it was stolen, and the caller revokes the family.
 */
public interface RefreshTokens {

    void add(TokenHash token, SessionId session, AccountId account, Instant issuedAt, Instant expiresAt);

    /**
     * Spends {@code presented} and stores {@code replacement} in its family, atomically: of two
     * concurrent rotations of one token, one rotates and the other sees a reuse.
     */
    Rotation rotate(TokenHash presented, TokenHash replacement, Instant now);

    void revokeSession(SessionId session, Instant now);

    /** Revokes every refresh token of the account but those of {@code keep} (null to revoke all). */
    void revokeAllOf(AccountId account, SessionId keep, Instant now);

    /** How a rotation ended. */
    sealed interface Rotation {
        record Rotated(SessionId session, AccountId account) implements Rotation {}

        /** The token was already spent: its family must be revoked. */
        record Reused(SessionId session, AccountId account) implements Rotation {}

        /** Unknown, expired or revoked. */
        record Invalid() implements Rotation {}
    }
}
