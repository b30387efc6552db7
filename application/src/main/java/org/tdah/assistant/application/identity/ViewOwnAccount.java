package org.tdah.assistant.application.identity;

import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.MfaMethod;

/** Shows callers their own account and its second factors; empty when the account no longer exists. */
public final class ViewOwnAccount {

    /** The account, and how it logs in beyond the password. */
    public record Overview(Account account, Set<MfaMethod> mfaMethods, int backupCodesRemaining) {}

    private final IdentityServices deps;
    private final TwoFactor twoFactor;

    public ViewOwnAccount(IdentityServices services) {
        this.deps = services;
        this.twoFactor = new TwoFactor(services);
    }

    public Optional<Overview> view(Caller caller) {
        return deps.accounts().withId(caller.accountId()).map(account -> new Overview(account,
                twoFactor.methodsOf(account.id()), deps.backupCodes().remaining(account.id())));
    }
}
