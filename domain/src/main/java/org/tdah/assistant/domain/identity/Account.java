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
        Instant createdAt,
        Timezone timezone,
        Language language) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(language, "language");
        if (!roles.contains(Role.USER)) {
            throw new IllegalArgumentException("every account holds the USER role");
        }
        roles = Set.copyOf(roles);
    }

    public Account withPasswordHash(PasswordHash newHash) {
        return new Account(id, email, displayName, newHash, roles, emailVerified, createdAt, timezone, language);
    }

    /** The account holding exactly these roles ({@link Role#USER} among them). */
    public Account withRoles(Set<Role> newRoles) {
        return new Account(id, email, displayName, passwordHash, newRoles, emailVerified, createdAt, timezone, language);
    }

    public Account withEmailVerified() {
        return new Account(id, email, displayName, passwordHash, roles, true, createdAt, timezone, language);
    }

    /** The same account with how it is addressed, where its owner lives and the language they read. */
    public Account withProfile(DisplayName newName, Timezone newTimezone, Language newLanguage) {
        return new Account(id, email, newName, passwordHash, roles, emailVerified, createdAt, newTimezone, newLanguage);
    }

    /**
     * A newly registered account: a plain user whose email address is not verified yet, in UTC and
     * English until its owner says otherwise.
     */
    public static Account register(
            AccountId id, EmailAddress email, DisplayName displayName, PasswordHash passwordHash, Instant now) {
        return new Account(id, email, displayName, passwordHash, EnumSet.of(Role.USER), false, now, Timezone.UTC,
                Language.EN);
    }
}
