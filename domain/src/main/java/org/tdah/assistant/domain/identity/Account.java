package org.tdah.assistant.domain.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.tdah.assistant.domain.access.Role;

/**
 * A person's account: who they are to the system and how they prove it. An account always holds
 * at least the {@link Role#USER} role.
 */
public record Account(
        AccountId id,
        EmailAddress email,
        DisplayName displayName,
        PasswordHash passwordHash,
        Set<Role> roles,
        boolean emailVerified,
        Instant createdAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!roles.contains(Role.USER)) {
            throw new IllegalArgumentException("every account holds the USER role");
        }
        roles = Set.copyOf(roles);
    }

    public Account withPasswordHash(PasswordHash newHash) {
        return new Account(id, email, displayName, newHash, roles, emailVerified, createdAt);
    }

    public Account withEmailVerified() {
        return new Account(id, email, displayName, passwordHash, roles, true, createdAt);
    }

    /** A newly registered account: a plain user whose email address is not verified yet. */
    public static Account register(
            AccountId id, EmailAddress email, DisplayName displayName, PasswordHash passwordHash, Instant now) {
        return new Account(id, email, displayName, passwordHash, EnumSet.of(Role.USER), false, now);
    }
}
