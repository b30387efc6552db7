package org.tdah.assistant.testkit.identity;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tdah.assistant.application.identity.port.AccountPreferences;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Preferences;
import org.tdah.assistant.testkit.shared.Transactional;

/** The preferences of each account in a map; behaves as {@code AccountPreferencesContract} says. */
public final class InMemoryAccountPreferences implements AccountPreferences, Transactional {
    private final Map<AccountId, Preferences> byAccount = new ConcurrentHashMap<>();

    @Override
    public Optional<Preferences> of(AccountId account) {
        return Optional.ofNullable(byAccount.get(account));
    }

    @Override
    public void replace(AccountId account, Preferences preferences) {
        byAccount.put(account, preferences);
    }

    @Override
    public Snapshot snapshot() {
        return Transactional.copyOf(byAccount);
    }
}
