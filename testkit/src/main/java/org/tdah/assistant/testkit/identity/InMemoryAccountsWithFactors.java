package org.tdah.assistant.testkit.identity;

import java.util.Optional;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.AccountsWithFactors;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.domain.identity.AccountId;

/** An account and its second factors, read from the in-memory accounts and factor stores. */
public final class InMemoryAccountsWithFactors implements AccountsWithFactors {
    private final Accounts accounts;
    private final SecondFactors secondFactors;

    public InMemoryAccountsWithFactors(Accounts accounts, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
    }

    @Override
    public Optional<AccountWithFactors> withId(AccountId id) {
        return accounts.withId(id).map(account -> new AccountWithFactors(account, secondFactors.of(id)));
    }
}
