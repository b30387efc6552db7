package org.tdah.assistant.testkit.sms;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tdah.assistant.application.sms.AssignedNumber;
import org.tdah.assistant.application.sms.NumberId;
import org.tdah.assistant.application.sms.NumberMode;
import org.tdah.assistant.application.sms.NumberWebhooks;
import org.tdah.assistant.application.sms.WebhookConfiguration;
import org.tdah.assistant.application.sms.port.PhoneNumbers;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.shared.Transactional;

/**
 * Assigned numbers and their webhooks in maps; behaves as {@code PhoneNumbersContract} says. As the
 * database's partial unique indexes do, {@link #add} refuses a second active number of one owner
 * and a second active dedicated number with one phone number (and an id kept before). Newest
 * first is by creation time, then id; ids compare as PostgreSQL's "C" collation does.
 */
public final class InMemoryPhoneNumbers implements PhoneNumbers, Transactional {
    private static final Comparator<AssignedNumber> NEWEST_FIRST = Comparator
            .comparing(AssignedNumber::createdAt)
            .thenComparing(number -> number.id().value())
            .reversed();

    private final Map<NumberId, AssignedNumber> numbers = new LinkedHashMap<>();
    private final Map<NumberId, WebhookConfiguration> configurations = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(AssignedNumber number) {
        if (numbers.containsKey(number.id()) || number.active() && numbers.values().stream()
                .filter(AssignedNumber::active)
                .anyMatch(other -> other.owner().equals(number.owner()) || bothDedicated(other, number)
                        && other.phoneNumber().equals(number.phoneNumber()))) {
            return false;
        }
        numbers.put(number.id(), number);
        return true;
    }

    @Override
    public synchronized Optional<AssignedNumber> withId(NumberId id) {
        return Optional.ofNullable(numbers.get(id));
    }

    @Override
    public synchronized Optional<AssignedNumber> activeDedicated(PhoneNumber phoneNumber) {
        return numbers.values().stream()
                .filter(number -> activeDedicated(number) && number.phoneNumber().equals(phoneNumber))
                .findFirst();
    }

    @Override
    public synchronized Optional<AssignedNumber> activeOf(AccountId owner) {
        return numbers.values().stream()
                .filter(number -> number.active() && number.owner().equals(owner))
                .findFirst();
    }

    @Override
    public synchronized List<AssignedNumber> ownedBy(AccountId owner) {
        return numbers.values().stream()
                .filter(number -> number.owner().equals(owner))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    @Override
    public synchronized List<AssignedNumber> all(int limit, Optional<NumberId> after) {
        if (after.isPresent() && !numbers.containsKey(after.get())) {
            return List.of();
        }
        return numbers.values().stream()
                .filter(number -> after.map(key -> NEWEST_FIRST.compare(number, numbers.get(key)) > 0).orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<AssignedNumber> activeDedicated(int limit, Optional<NumberId> after) {
        return numbers.values().stream()
                .filter(InMemoryPhoneNumbers::activeDedicated)
                .filter(number -> after.map(key -> number.id().value().compareTo(key.value()) > 0).orElse(true))
                .sorted(Comparator.comparing(number -> number.id().value()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean release(NumberId id, Instant at) {
        AssignedNumber number = numbers.get(id);
        if (number == null || !number.active()) {
            return false;
        }
        numbers.put(id, number.releasedAt(at));
        return true;
    }

    @Override
    public synchronized void configured(NumberId id, NumberWebhooks webhooks, Instant at) {
        if (!numbers.containsKey(id)) {
            return;
        }
        int repairs = Optional.ofNullable(configurations.get(id)).map(WebhookConfiguration::repairs).orElse(0);
        configurations.put(id, new WebhookConfiguration(id, webhooks, at, Optional.empty(), repairs));
    }

    @Override
    public synchronized Optional<WebhookConfiguration> configurationOf(NumberId id) {
        return Optional.ofNullable(configurations.get(id));
    }

    @Override
    public synchronized void checked(NumberId id, Instant at, boolean repaired) {
        configurations.computeIfPresent(id, (key, configuration) -> new WebhookConfiguration(key,
                configuration.webhooks(), configuration.configuredAt(), Optional.of(at),
                configuration.repairs() + (repaired ? 1 : 0)));
    }

    private static boolean bothDedicated(AssignedNumber one, AssignedNumber other) {
        return one.mode() == NumberMode.DEDICATED && other.mode() == NumberMode.DEDICATED;
    }

    private static boolean activeDedicated(AssignedNumber number) {
        return number.active() && number.mode() == NumberMode.DEDICATED;
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot numbersCopy = Transactional.copyOf(numbers);
        Snapshot configurationsCopy = Transactional.copyOf(configurations);
        return () -> {
            synchronized (this) {
                numbersCopy.restore();
                configurationsCopy.restore();
            }
        };
    }
}
