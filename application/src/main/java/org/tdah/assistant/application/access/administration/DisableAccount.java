package org.tdah.assistant.application.access.administration;

import java.time.Clock;
import org.tdah.assistant.application.access.EffectivePermissions;
import org.tdah.assistant.application.access.support.AdministrativeChanges;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;

/**
 * Disables an account, for a caller allowed {@code user:manage}: it is logged out everywhere at
 * once, and its logins are refused with the answer a wrong password gets. Nobody disables their
 * own account, and the last active administrator stays (counted under the administrators' lock).
 * Disabling a disabled account changes nothing and is not audited again.
 */
public final class DisableAccount {

    /** How disabling ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Disabled disabled);

            T on(NotAllowed notAllowed);

            T on(OwnAccount ownAccount);

            T on(NoSuchAccount noSuchAccount);

            T on(LastAdministrator lastAdministrator);
        }

        /** The account as it is now. */
        record Disabled(Account account) implements Result {
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

        /** The caller tried to disable their own account. */
        record OwnAccount() implements Result {
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

        /** The account is the last active administrator. */
        record LastAdministrator() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final Accounts accounts;
    private final EffectivePermissions effectivePermissions;
    private final AdministrativeChanges changes;
    private final Clock clock;

    public DisableAccount(Accounts accounts, EffectivePermissions effectivePermissions, AdministrativeChanges changes,
            Clock clock) {
        this.accounts = accounts;
        this.effectivePermissions = effectivePermissions;
        this.changes = changes;
        this.clock = clock;
    }

    public Result disable(Caller caller, AccountId target, RequestOrigin origin) {
        if (!effectivePermissions.allows(caller.roles(), Permission.USER_MANAGE)) {
            return new Result.NotAllowed();
        }
        if (caller.accountId().equals(target)) {
            return new Result.OwnAccount();
        }
        return changes.underTheAdministratorsLock(target, locked -> {
            if (locked.account().isEmpty()) {
                return new Result.NoSuchAccount();
            }
            Account account = locked.account().get();
            if (account.isDisabled()) {
                return new Result.Disabled(account);
            }
            if (locked.isTheLastActiveAdministrator()) {
                return new Result.LastAdministrator();
            }
            Account disabled = account.disabledAt(clock.instant());
            if (!accounts.disable(target, disabled.disabledAt())) {
                return new Result.NoSuchAccount();
            }
            changes.audit(SecurityEventType.ACCOUNT_DISABLED, target, caller.accountId(), origin);
            changes.logOutEverywhere(target);
            return new Result.Disabled(disabled);
        });
    }
}
