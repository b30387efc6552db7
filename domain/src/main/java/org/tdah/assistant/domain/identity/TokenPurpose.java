package org.tdah.assistant.domain.identity;

import java.time.Duration;

/** What a one-time token proves, and how long it may be used. */
public enum TokenPurpose {
    EMAIL_VERIFICATION(Duration.ofHours(24)),
    PASSWORD_RESET(Duration.ofHours(1)),
    /** Proves that the password was right, while the login waits for a second factor. */
    MFA_LOGIN(Duration.ofMinutes(5));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
