package org.tdah.assistant.application.identity;

import java.util.Optional;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.domain.identity.Account;

/** Shows callers their own account; empty when the account no longer exists. */
public final class ViewOwnAccount {
    private final Accounts accounts;

    public ViewOwnAccount(Accounts accounts) {
        this.accounts = accounts;
    }

    public Optional<Account> view(Caller caller) {
        return accounts.withId(caller.accountId());
    }
}
