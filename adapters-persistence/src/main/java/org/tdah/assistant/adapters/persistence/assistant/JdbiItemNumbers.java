package org.tdah.assistant.adapters.persistence.assistant;

import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.assistant.port.ItemNumbers;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * The smallest number held by none of the owner's open tasks and active reminders, read after
 * taking a transaction-level advisory lock on the owner ({@code pg_advisory_xact_lock}): a second
 * transaction asking for the same owner waits until the first ends, and so sees the item the first
 * stored under its number. Called outside a transaction, the lock lasts for the one read only.
 */
public final class JdbiItemNumbers implements ItemNumbers {
    private final PostgresDatabase database;

    public JdbiItemNumbers(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public ItemNumber nextFree(AccountId owner) {
        return database.inTransaction(handle -> {
            handle.createQuery("SELECT pg_advisory_xact_lock(hashtext('item_numbers'), hashtext(:owner))")
                    .bind("owner", owner.value())
                    .mapTo(String.class)
                    .one();
            return new ItemNumber(handle.createQuery("""
                            WITH held AS (
                                SELECT number FROM tasks WHERE account_id = :owner AND status = 'open'
                                UNION
                                SELECT number FROM reminders WHERE account_id = :owner
                                    AND status IN ('scheduled', 'snoozed'))
                            SELECT MIN(n) FROM generate_series(1, (SELECT COUNT(*) + 1 FROM held)) AS n
                            WHERE n NOT IN (SELECT number FROM held)""")
                    .bind("owner", owner.value())
                    .mapTo(Integer.class)
                    .one());
        });
    }
}
