package org.tdah.assistant.application.identity;

import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.application.identity.port.Phones.VerifiedPhone;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.MfaMethod;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** Shows callers their own account and its second factors; empty when the account no longer exists. */
public final class ViewOwnAccount {

    /** The account, its verified phone if any, and how it logs in beyond the password. */
    public record Overview(Account account, Optional<PhoneNumber> phone, Set<MfaMethod> mfaMethods,
            int backupCodesRemaining) {}

    private final IdentityServices deps;

    public ViewOwnAccount(IdentityServices services) {
        this.deps = services;
    }

    public Optional<Overview> view(Caller caller) {
        return deps.accounts().withId(caller.accountId()).map(account -> {
            SecondFactors.Status factors = deps.secondFactors().of(account.id());
            return new Overview(account, factors.phone().map(VerifiedPhone::number), TwoFactor.methodsOf(factors),
                    factors.backupCodesRemaining());
        });
    }
}
