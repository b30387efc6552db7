package org.tdah.assistant.application.identity.port;

import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;

/**
 * Tokens mailed to a person to prove they read that mailbox (email verification, password
 * reset), stored as hashes, each for one purpose, valid once until it expires.
 */
public interface OneTimeTokens {

    void add(TokenHash token, TokenPurpose purpose, AccountId account, Instant expiresAt);

    /** The account of a token that is unused and unexpired, without using it. */
    Optional<AccountId> findUsable(TokenHash token, TokenPurpose purpose, Instant now);

    /** Uses the token; true exactly once, for a usable token. */
    boolean use(TokenHash token, TokenPurpose purpose, Instant now);

    /** Makes every unused token of the account for this purpose unusable. */
    void revokeAll(AccountId account, TokenPurpose purpose, Instant now);
}
