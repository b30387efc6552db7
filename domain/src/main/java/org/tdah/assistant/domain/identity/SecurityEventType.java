package org.tdah.assistant.domain.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The security-relevant things that happen to accounts, recorded in the audit trail. The last ones
 * are administrative: an administrator did them to someone else's account.
 */
public enum SecurityEventType {
    REGISTERED,
    VERIFICATION_EMAIL_SENT,
    EMAIL_VERIFIED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    ACCOUNT_LOCKED,
    TOKEN_REFRESHED,
    REFRESH_TOKEN_REUSE_DETECTED,
    LOGGED_OUT,
    SESSION_ENDED,
    SESSION_EVICTED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    SIGNING_KEY_ROTATED,
    TOTP_ENABLED,
    TOTP_DISABLED,
    BACKUP_CODES_GENERATED,
    BACKUP_CODE_USED,
    MFA_FAILED,
    REAUTHENTICATED,
    SMS_CODE_SENT,
    PHONE_VERIFIED,
    SMS_MFA_ENABLED,
    SMS_MFA_DISABLED,
    ADMINISTRATOR_CREATED(true),
    ROLES_CHANGED(true),
    ACCOUNT_DISABLED(true),
    ACCOUNT_ENABLED(true),
    SECOND_FACTORS_RESET(true);

    private final boolean administrative;

    SecurityEventType() {
        this(false);
    }

    SecurityEventType(boolean administrative) {
        this.administrative = administrative;
    }

    /** Whether an administrator does this to an account, rather than its owner or the system. */
    public boolean administrative() {
        return administrative;
    }

    /** The name in the trail and its API: {@code login-failed} for {@link #LOGIN_FAILED}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<SecurityEventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(name)).findFirst();
    }
}
