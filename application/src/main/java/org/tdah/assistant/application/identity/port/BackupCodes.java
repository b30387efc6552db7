package org.tdah.assistant.application.identity.port;

import java.time.Instant;
import java.util.List;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.TokenHash;

/** The backup codes of each account, stored as hashes, each usable once. */
public interface BackupCodes {

    /** Replaces every code of the account (used or not) with these. */
    void replace(AccountId account, List<TokenHash> codes, Instant at);

    /** Uses a code; true exactly once for each of the account's codes. */
    boolean use(AccountId account, TokenHash code, Instant at);

    int remaining(AccountId account);

    void removeAll(AccountId account);
}
