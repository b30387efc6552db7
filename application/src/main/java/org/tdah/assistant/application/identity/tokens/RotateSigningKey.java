package org.tdah.assistant.application.identity.tokens;

import java.util.Optional;
import org.tdah.assistant.application.identity.PublicSigningKey;
import org.tdah.assistant.application.identity.port.AccessTokens;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.SecurityEventType;

/**
 * Puts a new token signing key in service. Tokens signed with the previous key stay valid until
 * they expire; both keys are published meanwhile. Run by an operator (the {@code keys rotate}
 * command), for instance on a schedule or after a suspected leak.
 */
public final class RotateSigningKey {
    private final AccessTokens accessTokens;
    private final AuditTrail audit;

    public RotateSigningKey(AccessTokens accessTokens, AuditTrail audit) {
        this.accessTokens = accessTokens;
        this.audit = audit;
    }

    /** Rotates; returns the id of the key new tokens are signed with from now on, if keys are published. */
    public Optional<String> rotate() {
        accessTokens.rotateSigningKey();
        audit.record(SecurityEventType.SIGNING_KEY_ROTATED, null, RequestOrigin.UNKNOWN);
        return accessTokens.publicKeys().stream().findFirst().map(PublicSigningKey::keyId);
    }
}
