package org.tdah.assistant.application.identity.port;

import java.util.Optional;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * An account together with the state of its second factors, in one read: {@code GET /users/me}
 * needs both on every call, and one query instead of two was a tenth of its cost
 * (docs/performance.md, "Cold start"). It reads what {@link Accounts} and {@link SecondFactors}
 * read, and answers the same.
 */
public interface AccountsWithFactors {

    /** The account and its second factors as they were at one moment. */
    record AccountWithFactors(Account account, SecondFactors.Status factors) {}

    /** Empty when there is no such account. */
    Optional<AccountWithFactors> withId(AccountId id);
}
