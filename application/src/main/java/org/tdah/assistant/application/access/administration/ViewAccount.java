package org.tdah.assistant.application.access.administration;

import java.util.Optional;
import org.tdah.assistant.application.access.EffectivePermissions;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Shows one account to a caller allowed {@code user:manage}: the account and the state of its
 * second factors (on or off, and how many backup codes are left; never a secret).
 */
public final class ViewAccount {

    /** The account and its second factors. */
    public record AccountDetails(Account account, boolean totpEnabled, boolean smsEnabled, int backupCodesRemaining) {}

    /** How the view ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Found found);

            T on(NotAllowed notAllowed);

            T on(NoSuchAccount noSuchAccount);
        }

        record Found(AccountDetails details) implements Result {
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
    private final SecondFactors secondFactors;
    private final EffectivePermissions effectivePermissions;

    public ViewAccount(Accounts accounts, SecondFactors secondFactors, EffectivePermissions effectivePermissions) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.effectivePermissions = effectivePermissions;
    }

    public Result view(Caller caller, AccountId target) {
        if (!effectivePermissions.allows(caller.roles(), Permission.USER_MANAGE)) {
            return new Result.NotAllowed();
        }
        Optional<Account> account = accounts.withId(target);
        if (account.isEmpty()) {
            return new Result.NoSuchAccount();
        }
        SecondFactors.Status factors = secondFactors.of(target);
        return new Result.Found(new AccountDetails(account.get(), factors.totpEnabled(), factors.smsEnabled(),
                factors.backupCodesRemaining()));
    }
}
