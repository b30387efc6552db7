package org.tdah.assistant.testkit.shared;

import java.util.function.Supplier;
import org.tdah.assistant.application.shared.port.Transactions;

/**
 * Runs the work as it comes: in-memory adapters have no rollback, so a failure halfway leaves the
 * changes made before it. The PostgreSQL adapter is the atomic one.
 */
public final class DirectTransactions implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
