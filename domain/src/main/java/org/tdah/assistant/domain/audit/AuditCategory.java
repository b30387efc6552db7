package org.tdah.assistant.domain.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.tdah.assistant.domain.identity.SecurityEventType;

/**
 * What kind of thing an audit entry records: a permission decision on a request, a security event
 * of an account (a login, a password change...), or an administrator's change to someone's account.
 */
public enum AuditCategory {
    DECISION,
    SECURITY,
    ADMINISTRATION;

    /** The name clients see and send: {@code decision}, {@code security}, {@code administration}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category of a security event: administrative ones are administrators' changes. */
    public static AuditCategory of(SecurityEventType type) {
        return type.administrative() ? ADMINISTRATION : SECURITY;
    }

    public static Optional<AuditCategory> fromWireName(String name) {
        return Arrays.stream(values()).filter(category -> category.wireName().equals(name)).findFirst();
    }
}
