package org.tdah.assistant.domain.identity;

/** The security-relevant things that happen to accounts, recorded in the audit trail. */
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
    REAUTHENTICATED
}
