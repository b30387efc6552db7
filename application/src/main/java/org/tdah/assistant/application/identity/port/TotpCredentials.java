package org.tdah.assistant.application.identity.port;

import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * The authenticator-app secret of each account, encrypted at rest: pending until a first correct
 * code confirms it, with the last time step accepted, so that no code is accepted twice.
 */
public interface TotpCredentials {

    /** An account's secret, whether confirmed, and the last accepted step. */
    record TotpCredential(String secret, boolean confirmed, long lastUsedStep) {
        @Override
        public String toString() {
            return "TotpCredential[redacted, confirmed=" + confirmed + ", lastUsedStep=" + lastUsedStep + "]";
        }
    }

    Optional<TotpCredential> of(AccountId account);

    /** Stores a new pending secret, replacing an unconfirmed one; never replaces a confirmed one. */
    boolean savePending(AccountId account, String secret, Instant at);

    /** Confirms the pending secret with the step of its first code; false when there is none pending. */
    boolean confirm(AccountId account, long step, Instant at);

    /** Records a step as used, atomically; false when it is not later than the last used one. */
    boolean useStep(AccountId account, long step);

    void remove(AccountId account);
}
