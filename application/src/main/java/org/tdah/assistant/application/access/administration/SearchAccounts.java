package org.tdah.assistant.application.access.administration;

import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.access.EffectivePermissions;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PageLimit;

/**
 * Lists the accounts matching a search, a page at a time in the order of their ids, for a caller
 * allowed {@code user:manage}.
 */
public final class SearchAccounts {

    /** One page of accounts, and the id the next page starts after when there is one. */
    public record AccountPage(List<Account> items, Optional<AccountId> next) {
        public AccountPage {
            items = List.copyOf(items);
        }
    }

    /** How the search ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Found found);

            T on(NotAllowed notAllowed);
        }

        record Found(AccountPage page) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The caller is not allowed {@code user:manage}. */
        record NotAllowed() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final Accounts accounts;
    private final EffectivePermissions effectivePermissions;

    public SearchAccounts(Accounts accounts, EffectivePermissions effectivePermissions) {
        this.accounts = accounts;
        this.effectivePermissions = effectivePermissions;
    }

    public Result search(Caller caller, Accounts.Search search, Optional<AccountId> after, PageLimit limit) {
        if (!effectivePermissions.allows(caller.roles(), Permission.USER_MANAGE)) {
            return new Result.NotAllowed();
        }
        List<Account> found = accounts.search(search, after, limit.value() + 1);
        if (found.size() <= limit.value()) {
            return new Result.Found(new AccountPage(found, Optional.empty()));
        }
        List<Account> page = found.subList(0, limit.value());
        return new Result.Found(new AccountPage(page, Optional.of(page.get(page.size() - 1).id())));
    }
}
