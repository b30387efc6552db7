package org.tdah.assistant.testkit.identity;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.testkit.shared.Transactional;

/** Accounts held in memory, for tests and embedders; behaves as {@code AccountsContract} says. */
public final class InMemoryAccounts implements Accounts, Transactional {
    private final Map<AccountId, Account> byId = new ConcurrentHashMap<>();
    private final Map<EmailAddress, AccountId> idByEmail = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean add(Account account) {
        if (idByEmail.containsKey(account.email()) || byId.containsKey(account.id())) {
            return false;
        }
        idByEmail.put(account.email(), account.id());
        byId.put(account.id(), account);
        return true;
    }

    @Override
    public Optional<Account> withId(AccountId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Account> withEmail(EmailAddress email) {
        return Optional.ofNullable(idByEmail.get(email)).map(byId::get);
    }

    @Override
    public boolean replacePasswordHash(AccountId id, PasswordHash newHash) {
        return byId.computeIfPresent(id, (key, account) -> account.withPasswordHash(newHash)) != null;
    }

    @Override
    public boolean markEmailVerified(AccountId id) {
        return byId.computeIfPresent(id, (key, account) -> account.withEmailVerified()) != null;
    }

    @Override
    public boolean updateProfile(AccountId id, DisplayName displayName, Timezone timezone, Language language) {
        return byId.computeIfPresent(id, (key, account) -> account.withProfile(displayName, timezone, language)) != null;
    }

    /** Replaces the account's roles (what the access context's {@code AccountRoles} does); false when there is none. */
    public boolean replaceRoles(AccountId id, java.util.Set<org.tdah.assistant.domain.access.Role> roles) {
        return byId.computeIfPresent(id, (key, account) -> account.withRoles(roles)) != null;
    }

    /** Every account held. */
    public java.util.List<Account> all() {
        return java.util.List.copyOf(byId.values());
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot byIdCopy = Transactional.copyOf(byId);
        Snapshot idByEmailCopy = Transactional.copyOf(idByEmail);
        return () -> {
            synchronized (this) {
                byIdCopy.restore();
                idByEmailCopy.restore();
            }
        };
    }
}
