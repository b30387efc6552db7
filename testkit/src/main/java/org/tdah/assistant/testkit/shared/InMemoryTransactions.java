package org.tdah.assistant.testkit.shared;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.tdah.assistant.application.shared.port.Transactions;

/**
 * Atomic transactions over in-memory adapters, as {@code TransactionsContract} says: the state of
 * every registered adapter is copied when the outermost transaction starts, and put back if the
 * work throws, before the exception goes on unchanged. A call inside an open transaction of the
 * same thread joins it, as with {@code JdbiTransactions}: only the outermost one rolls back.
 *
 * <p>One transaction runs at a time (a lock is held around it), so that two failing transactions
 * cannot restore over each other. Changes made outside any transaction by another thread while a
 * transaction fails are undone with it: tests that need them should make them in a transaction.
 */
public final class InMemoryTransactions implements Transactions {
    private final List<Transactional> adapters;
    private final ReentrantLock lock = new ReentrantLock();

    /** Transactions over these adapters, which their changes roll back with. */
    public InMemoryTransactions(Transactional... adapters) {
        this.adapters = List.of(adapters);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (lock.isHeldByCurrentThread()) {
            return work.get();
        }
        lock.lock();
        try {
            List<Transactional.Snapshot> snapshots = adapters.stream().map(Transactional::snapshot).toList();
            try {
                return work.get();
            } catch (Throwable failure) {
                snapshots.forEach(Transactional.Snapshot::restore);
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }
}
