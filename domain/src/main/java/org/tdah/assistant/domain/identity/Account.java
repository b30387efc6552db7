package org.tdah.assistant.domain.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.domain.access.Role;

/**
 * A person's account: who they are to the system and how they prove it. An account always holds
 * at least the {@link Role#USER} role. {@code disabledAt} is when an administrator disabled it
 * (null while it may log in); {@code smsConsent} is the person's consent to be texted (null when
 * not given).
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
        Language language,
        Instant disabledAt,
        SmsConsent smsConsent) {

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

    /** An account that may log in and has given no consent to be texted. */
    public Account(AccountId id, EmailAddress email, DisplayName displayName, PasswordHash passwordHash,
            Set<Role> roles, boolean emailVerified, Instant createdAt, Timezone timezone, Language language) {
        this(id, email, displayName, passwordHash, roles, emailVerified, createdAt, timezone, language, null, null);
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public AccountState state() {
        if (isDisabled()) {
            return AccountState.DISABLED;
        }
        return emailVerified ? AccountState.ACTIVE : AccountState.UNVERIFIED;
    }

    /** An administrator who may act: holds the role and is not disabled. */
    public boolean isActiveAdministrator() {
        return roles.contains(Role.ADMINISTRATOR) && !isDisabled();
    }

    public Optional<SmsConsent> smsConsentGiven() {
        return Optional.ofNullable(smsConsent);
    }

    /** The account disabled at {@code at}; an already disabled one keeps its first time. */
    public Account disabledAt(Instant at) {
        return new Account(id, email, displayName, passwordHash, roles, emailVerified, createdAt, timezone, language,
                isDisabled() ? disabledAt : at, smsConsent);
    }

    public Account enabled() {
        return new Account(id, email, displayName, passwordHash, roles, emailVerified, createdAt, timezone, language,
                null, smsConsent);
    }

    /** The account with this consent to be texted; an already given consent keeps its first time and source. */
    public Account withSmsConsent(SmsConsent consent) {
        return new Account(id, email, displayName, passwordHash, roles, emailVerified, createdAt, timezone, language,
                disabledAt, smsConsent == null ? consent : smsConsent);
    }

    public Account withoutSmsConsent() {
        return new Account(id, email, displayName, passwordHash, roles, emailVerified, createdAt, timezone, language,
                disabledAt, null);
    }

    public Account withPasswordHash(PasswordHash newHash) {
        return new Account(id, email, displayName, newHash, roles, emailVerified, createdAt, timezone, language,
                disabledAt, smsConsent);
    }

    /** The account holding exactly these roles ({@link Role#USER} among them). */
    public Account withRoles(Set<Role> newRoles) {
        return new Account(id, email, displayName, passwordHash, newRoles, emailVerified, createdAt, timezone, language,
                disabledAt, smsConsent);
    }

    public Account withEmailVerified() {
        return new Account(id, email, displayName, passwordHash, roles, true, createdAt, timezone, language, disabledAt,
                smsConsent);
    }

    /** The same account with how it is addressed, where its owner lives and the language they read. */
    public Account withProfile(DisplayName newName, Timezone newTimezone, Language newLanguage) {
        return new Account(id, email, newName, passwordHash, roles, emailVerified, createdAt, newTimezone, newLanguage,
                disabledAt, smsConsent);
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
