package org.tdah.assistant.application.conversation.port;

import java.util.function.Supplier;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Runs work on behalf of one account, in one transaction of the store: while it runs, the store
 * itself shows and accepts only that account's conversations and messages (PostgreSQL row-level
 * security in production), so that a query that forgets its owner filter finds nothing of anyone
 * else's. A second line of defence behind the ownership checks of the use cases, never instead of
 * them. Work that must see every account's rows (background jobs) runs outside any scope.
 */
public interface AccountScope {
    <T> T as(AccountId account, Supplier<T> work);
}
