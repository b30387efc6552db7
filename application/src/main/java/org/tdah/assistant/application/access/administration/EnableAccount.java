package org.tdah.assistant.application.access.administration;

import java.util.Optional;
import org.tdah.assistant.application.access.EffectivePermissions;
import org.tdah.assistant.application.access.support.AdministrativeChanges;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;

/**
 * Lets a disabled account log in again, for a caller allowed {@code user:manage}. Enabling an
 * enabled account changes nothing and is not audited.
 */
public final class EnableAccount {

    /** How enabling ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Enabled enabled);

            T on(NotAllowed notAllowed);

            T on(NoSuchAccount noSuchAccount);
        }

        /** The account as it is now. */
        record Enabled(Account account) implements Result {
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

        record NoSuchAccount() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final Accounts accounts;
    private final EffectivePermissions effectivePermissions;
    private final AdministrativeChanges changes;
    private final Transactions transactions;

    public EnableAccount(Accounts accounts, EffectivePermissions effectivePermissions, AdministrativeChanges changes,
            Transactions transactions) {
        this.accounts = accounts;
        this.effectivePermissions = effectivePermissions;
        this.changes = changes;
        this.transactions = transactions;
    }

    public Result enable(Caller caller, AccountId target, RequestOrigin origin) {
        if (!effectivePermissions.allows(caller.roles(), Permission.USER_MANAGE)) {
            return new Result.NotAllowed();
        }
        return transactions.inTransaction(() -> {
            Optional<Account> account = accounts.withId(target);
            if (account.isEmpty()) {
                return new Result.NoSuchAccount();
            }
            if (!account.get().isDisabled()) {
                return new Result.Enabled(account.get());
            }
            if (!accounts.enable(target)) {
                return new Result.NoSuchAccount();
            }
            changes.audit(SecurityEventType.ACCOUNT_ENABLED, target, caller.accountId(), origin);
            return new Result.Enabled(account.get().enabled());
        });
    }
}
