package org.tdah.assistant.application.identity.port;

import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SmsCodePurpose;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The codes sent by SMS, by hash: at most one pending per account and purpose, usable once, until
 * it expires or has been tried too often.
 */
public interface SmsCodes {

    /** A code waiting to be typed: where it was sent, its hash, and how many wrong tries it had. */
    record PendingCode(PhoneNumber phone, TokenHash codeHash, int failedAttempts, Instant expiresAt) {
        @Override
        public String toString() {
            return "PendingCode[phone=" + phone.masked() + ", failedAttempts=" + failedAttempts + "]";
        }
    }

    /** Stores a new code for the account and purpose, replacing an earlier one. */
    void issue(AccountId account, SmsCodePurpose purpose, PhoneNumber phone, TokenHash codeHash, Instant expiresAt);

    /** The unused, unexpired code of the account for the purpose. */
    Optional<PendingCode> pending(AccountId account, SmsCodePurpose purpose, Instant now);

    /**
     * Counts one try of the unused, unexpired code of the account for the purpose, before the typed
     * code is checked, if it had fewer than {@code maxAttempts} tries; atomically, so racing tries
     * cannot check more than {@code maxAttempts} guesses. Empty when there is no such code or its
     * tries are used up. A right try then {@link #use uses} the code; a wrong one stays counted.
     */
    Optional<PendingCode> countAttempt(AccountId account, SmsCodePurpose purpose, Instant now, int maxAttempts);

    /** Uses the pending code with this hash; true exactly once, for an unused, unexpired code. */
    boolean use(AccountId account, SmsCodePurpose purpose, TokenHash codeHash, Instant now);
}
