package org.tdah.assistant.application.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.application.access.port.AccountRoles;
import org.tdah.assistant.application.access.support.AdministrativeChanges;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;

/**
 * Sets the whole set of roles of an account ({@code user} is implied), for a caller allowed
 * {@code user:manage}. Nobody changes their own roles, and the last administrator keeps the role.
 * A change ends every session of the account, so that it applies from its very next request
 * (docs/decisions/0014), and is audited with the administrator as actor in the same transaction.
 * The count of administrators and the change run under one lock, so that two concurrent demotions
 * of the last two administrators cannot both pass (docs/decisions/0016).
 */
public final class SetAccountRoles {

    /** How the change ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Changed changed);

            T on(NotAllowed notAllowed);

            T on(OwnRoles ownRoles);

            T on(UnknownRole unknownRole);

            T on(NoSuchAccount noSuchAccount);

            T on(LastAdministrator lastAdministrator);
        }

        /** The account now holds exactly {@code roles}. */
        record Changed(AccountId account, Set<Role> roles) implements Result {
            public Changed {
                roles = Set.copyOf(roles);
            }

            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The caller is not allowed {@code user:manage}. */
        record NotAllowed() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The caller tried to change their own roles. */
        record OwnRoles() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** {@code name} is no role. */
        record UnknownRole(String name) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record NoSuchAccount() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The change would leave no administrator. */
        record LastAdministrator() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final AccountRoles accountRoles;
    private final EffectivePermissions effectivePermissions;
    private final AdministrativeChanges changes;

    public SetAccountRoles(AccountRoles accountRoles, EffectivePermissions effectivePermissions,
            AdministrativeChanges changes) {
        this.accountRoles = accountRoles;
        this.effectivePermissions = effectivePermissions;
        this.changes = changes;
    }

    public Result set(Caller caller, AccountId target, Collection<String> roleNames, RequestOrigin origin) {
        if (!effectivePermissions.allows(caller.roles(), Permission.USER_MANAGE)) {
            return new Result.NotAllowed();
        }
        if (caller.accountId().equals(target)) {
            return new Result.OwnRoles();
        }
        Set<Role> roles = EnumSet.of(Role.USER);
        for (String name : roleNames) {
            Optional<Role> role = Role.fromWireName(name);
            if (role.isEmpty()) {
                return new Result.UnknownRole(name);
            }
            roles.add(role.get());
        }
        return changes.underTheAdministratorsLock(target, locked -> {
            if (locked.account().isEmpty()) {
                return new Result.NoSuchAccount();
            }
            if (!roles.contains(Role.ADMINISTRATOR) && locked.isTheLastActiveAdministrator()) {
                return new Result.LastAdministrator();
            }
            if (!locked.account().get().roles().equals(roles)) {
                if (!accountRoles.replace(target, roles)) {
                    return new Result.NoSuchAccount();
                }
                changes.audit(SecurityEventType.ROLES_CHANGED, target, caller.accountId(), origin);
                changes.logOutEverywhere(target);
            }
            return new Result.Changed(target, roles);
        });
    }
}
