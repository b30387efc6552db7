package org.tdah.assistant.testkit.conversation;

import java.util.Optional;
import java.util.function.Supplier;
import org.tdah.assistant.application.conversation.port.AccountScope;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Runs work as an account, remembering which one while it runs (a scenario may look); the
 * in-memory stores have no second line of defence, so the use cases' own ownership checks are
 * all that keeps people apart here, which is what the scenarios test.
 */
public final class InMemoryAccountScope implements AccountScope {
    private final ThreadLocal<AccountId> acting = new ThreadLocal<>();

    @Override
    public <T> T as(AccountId account, Supplier<T> work) {
        AccountId outer = acting.get();
        acting.set(account);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                acting.remove();
            } else {
                acting.set(outer);
            }
        }
    }

    /** The account the current thread acts as, if it is inside a scope. */
    public Optional<AccountId> actingAccount() {
        return Optional.ofNullable(acting.get());
    }
}
