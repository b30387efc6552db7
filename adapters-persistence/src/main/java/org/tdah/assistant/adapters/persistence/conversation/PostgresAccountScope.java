package org.tdah.assistant.adapters.persistence.conversation;

import java.util.function.Supplier;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.conversation.port.AccountScope;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Runs work in a transaction that acts as one account: {@code SET LOCAL ROLE} to
 * {@value #ROLE} (a role that owns nothing, so row-level security applies to it; V21) and the
 * setting {@code app.account_id} for the policies, both undone when the transaction ends. Every
 * JDBI adapter call of the work joins that transaction.
 *
 * <p>Enter it before any other transaction of the thread: inside one, the role would stay for the
 * rest of the outer transaction (and refuse its other tables loudly).
 */
public final class PostgresAccountScope implements AccountScope {
    static final String ROLE = "assistant_account_scope";
    private final PostgresDatabase database;

    public PostgresAccountScope(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T as(AccountId account, Supplier<T> work) {
        return database.inTransaction(handle -> {
            handle.execute("SET LOCAL ROLE " + ROLE);
            handle.createQuery("SELECT set_config('app.account_id', :account, true)")
                    .bind("account", account.value())
                    .mapTo(String.class)
                    .one();
            return work.get();
        });
    }
}
