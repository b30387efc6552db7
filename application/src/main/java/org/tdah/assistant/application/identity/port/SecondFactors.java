package org.tdah.assistant.application.identity.port;

import java.util.Optional;
import org.tdah.assistant.application.identity.port.Phones.VerifiedPhone;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * The state of an account's second factors in one read: what a login and {@code GET /users/me}
 * need on every call, without one query per factor.
 */
public interface SecondFactors {

    /** Whether the authenticator app is confirmed, the verified phone if any, and the unused backup codes. */
    record Status(boolean totpEnabled, Optional<VerifiedPhone> phone, int backupCodesRemaining) {
        public static final Status NONE = new Status(false, Optional.empty(), 0);

        public boolean smsEnabled() {
            return phone.filter(VerifiedPhone::smsSecondFactor).isPresent();
        }
    }

    Status of(AccountId account);
}
