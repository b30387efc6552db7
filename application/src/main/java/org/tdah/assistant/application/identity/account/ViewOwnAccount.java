package org.tdah.assistant.application.identity.account;

import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.AccountsWithFactors;
import org.tdah.assistant.application.identity.port.Phones.VerifiedPhone;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.application.identity.support.SecondFactorChecks;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.SecondFactorMethod;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** Shows callers their own account and its second factors; empty when the account no longer exists. */
public final class ViewOwnAccount {

    /** The account, its verified phone if any, and how it logs in beyond the password. */
    public record Overview(Account account, Optional<PhoneNumber> phone, Set<SecondFactorMethod> mfaMethods,
            int backupCodesRemaining) {}

    private final AccountsWithFactors accounts;

    public ViewOwnAccount(AccountsWithFactors accounts) {
        this.accounts = accounts;
    }

    public Optional<Overview> view(Caller caller) {
        return accounts.withId(caller.accountId()).map(found -> {
            SecondFactors.Status factors = found.factors();
            return new Overview(found.account(), factors.phone().map(VerifiedPhone::number),
                    SecondFactorChecks.methodsOf(factors), factors.backupCodesRemaining());
        });
    }
}
