package org.tdah.assistant.application.shared.port;

import java.util.function.Supplier;

/**
 * Runs work atomically across out-ports backed by the same database: either every change of the
 * work is kept, or none (an account and the email that confirms it, a password and the revocation
 * of its tokens). Nested calls join the outer transaction.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
