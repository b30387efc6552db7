package org.tdah.assistant.adapters.persistence.postgres;

import java.util.function.Supplier;
import org.tdah.assistant.application.shared.port.Transactions;

/** Transactions of the PostgreSQL database, which every JDBI adapter on the same thread joins. */
public final class JdbiTransactions implements Transactions {
    private final PostgresDatabase database;

    public JdbiTransactions(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.inTransaction(handle -> work.get());
    }
}
