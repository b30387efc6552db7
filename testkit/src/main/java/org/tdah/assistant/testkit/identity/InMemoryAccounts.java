package org.tdah.assistant.testkit.identity;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
import org.tdah.assistant.domain.identity.SmsConsent;
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

    @Override
    public boolean disable(AccountId id, Instant at) {
        return byId.computeIfPresent(id, (key, account) -> account.disabledAt(at)) != null;
    }

    @Override
    public boolean enable(AccountId id) {
        return byId.computeIfPresent(id, (key, account) -> account.enabled()) != null;
    }

    @Override
    public boolean giveSmsConsent(AccountId id, SmsConsent consent) {
        return byId.computeIfPresent(id, (key, account) -> account.withSmsConsent(consent)) != null;
    }

    @Override
    public boolean withdrawSmsConsent(AccountId id) {
        return byId.computeIfPresent(id, (key, account) -> account.withoutSmsConsent()) != null;
    }

    @Override
    public List<Account> search(Search search, Optional<AccountId> after, int count) {
        return byId.values().stream()
                .filter(account -> after.map(id -> account.id().value().compareTo(id.value()) > 0).orElse(true))
                .filter(account -> search.text().map(text -> contains(account, text)).orElse(true))
                .filter(account -> search.role().map(account.roles()::contains).orElse(true))
                .filter(account -> search.state().map(state -> account.state() == state).orElse(true))
                .sorted(Comparator.comparing(account -> account.id().value()))
                .limit(count)
                .toList();
    }

    /**
     * Counts the active administrators. The lock the contract asks for is {@code InMemoryTransactions}'
     * own: it runs one transaction at a time, so a count and the change after it cannot interleave.
     */
    @Override
    public long lockActiveAdministrators() {
        return byId.values().stream().filter(Account::isActiveAdministrator).count();
    }

    private static boolean contains(Account account, String text) {
        String lowered = text.toLowerCase(Locale.ROOT);
        return account.email().value().toLowerCase(Locale.ROOT).contains(lowered)
                || account.displayName().value().toLowerCase(Locale.ROOT).contains(lowered);
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
