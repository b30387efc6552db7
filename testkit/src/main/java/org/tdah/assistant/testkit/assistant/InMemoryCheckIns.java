package org.tdah.assistant.testkit.assistant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tdah.assistant.application.assistant.port.CheckIns;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Preferences;
import org.tdah.assistant.domain.identity.TimeOfDay;
import org.tdah.assistant.testkit.identity.InMemoryAccountPreferences;
import org.tdah.assistant.testkit.identity.InMemoryAccounts;
import org.tdah.assistant.testkit.shared.Transactional;

/**
 * The check-ins sent, one per person and local day, in a map; behaves as {@code CheckInsContract}
 * says. Who is due is read from the in-memory accounts (their zone; disabled accounts are never
 * due) and preferences (their check-in time; people without one are never due), people in the
 * order of their account ids.
 */
public final class InMemoryCheckIns implements CheckIns, Transactional {
    private record Key(AccountId person, LocalDate localDate) {}

    private final InMemoryAccounts accounts;
    private final InMemoryAccountPreferences preferences;
    private final Map<Key, Instant> sent = new LinkedHashMap<>();

    /** Check-ins of these accounts, at the check-in times of these preferences. */
    public InMemoryCheckIns(InMemoryAccounts accounts, InMemoryAccountPreferences preferences) {
        this.accounts = accounts;
        this.preferences = preferences;
    }

    @Override
    public synchronized List<AccountId> due(Instant now, int limit) {
        return accounts.all().stream()
                .filter(account -> !account.isDisabled())
                .filter(account -> isDue(account, now))
                .map(Account::id)
                .sorted(Comparator.comparing(AccountId::value))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean claim(AccountId person, LocalDate localDate, Instant at) {
        return sent.putIfAbsent(new Key(person, localDate), at) == null;
    }

    private boolean isDue(Account account, Instant now) {
        Optional<TimeOfDay> checkIn = preferences.of(account.id()).flatMap(Preferences::checkInTime);
        if (checkIn.isEmpty()) {
            return false;
        }
        ZonedDateTime local = now.atZone(account.timezone().zone());
        return !local.toLocalTime().isBefore(checkIn.get().value())
                && !sent.containsKey(new Key(account.id(), local.toLocalDate()));
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot copy = Transactional.copyOf(sent);
        return () -> {
            synchronized (this) {
                copy.restore();
            }
        };
    }
}
