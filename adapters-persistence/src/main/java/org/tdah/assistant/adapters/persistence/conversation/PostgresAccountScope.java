package org.tdah.assistant.adapters.persistence.conversation;

import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.conversation.port.AccountScope;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Runs work in a transaction that acts as one account: the role {@value #ROLE} (a role that owns
 * nothing, so row-level security applies to it; V21) and the setting {@code app.account_id} for
 * the policies, both set {@code LOCAL} to the transaction. Every JDBI adapter call of the work
 * joins that transaction.
 *
 * <p>Entered inside a transaction that is already open (the SMS router routes a text in one), the
 * scope gives back the role and the setting it found when its block ends, so that the statements
 * of the outer transaction after it run with the application's own rights again.
 */
public final class PostgresAccountScope implements AccountScope {
    static final String ROLE = "assistant_account_scope";
    private final PostgresDatabase database;

    public PostgresAccountScope(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T as(AccountId account, Supplier<T> work) {
        boolean nested = database.hasTransactionOnThisThread();
        return database.inTransaction(handle -> {
            Scope before = nested ? Scope.of(handle) : null;
            enter(handle, ROLE, account.value());
            T result;
            try {
                result = work.get();
            } catch (RuntimeException failure) {
                if (before != null) {
                    restoreAfterFailure(handle, before, failure);
                }
                throw failure;
            }
            if (before != null) {
                enter(handle, before.role(), before.account());
            }
            return result;
        });
    }

    private static void enter(Handle handle, String role, String account) {
        handle.createQuery("SELECT set_config('role', :role, true) AS role, set_config('app.account_id', :account, true) AS account")
                .bind("role", role)
                .bind("account", account)
                .mapToMap()
                .one();
    }

    /** A failed statement aborts the transaction, which then refuses the restoring one: it rolls back anyway. */
    private static void restoreAfterFailure(Handle handle, Scope before, RuntimeException failure) {
        try {
            enter(handle, before.role(), before.account());
        } catch (RuntimeException aborted) {
            failure.addSuppressed(aborted);
        }
    }

    /** The role and account in force before the scope; "none" is the connecting role. */
    private record Scope(String role, String account) {
        static Scope of(Handle handle) {
            return handle.createQuery("SELECT current_setting('role') AS role, "
                            + "coalesce(current_setting('app.account_id', true), '') AS account")
                    .map((row, context) -> new Scope(row.getString("role"), row.getString("account")))
                    .one();
        }
    }
}
