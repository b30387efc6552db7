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

    /** Counts one wrong try of the pending code; returns the wrong tries so far. */
    int recordFailedAttempt(AccountId account, SmsCodePurpose purpose);

    /** Uses the pending code with this hash; true exactly once, for an unused, unexpired code. */
    boolean use(AccountId account, SmsCodePurpose purpose, TokenHash codeHash, Instant now);
}
