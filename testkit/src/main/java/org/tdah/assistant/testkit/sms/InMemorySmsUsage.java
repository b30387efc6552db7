package org.tdah.assistant.testkit.sms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tdah.assistant.application.sms.DeliveryStatus;
import org.tdah.assistant.application.sms.MessagePrice;
import org.tdah.assistant.application.sms.UsageLine;
import org.tdah.assistant.application.sms.UsageQuery;
import org.tdah.assistant.application.sms.UsageRecord;
import org.tdah.assistant.application.sms.port.SmsUsage;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsDirection;
import org.tdah.assistant.domain.sms.UsagePeriod.Granularity;
import org.tdah.assistant.testkit.shared.Transactional;

/**
 * The usage log in a map keyed by provider id; behaves as {@code SmsUsageContract} says. Costs are
 * kept at six decimals, rounded half up, as the database's {@code NUMERIC(12,6)} keeps them. The
 * summary orders people and numbers as PostgreSQL's "C" collation does, the texts of no person last.
 */
public final class InMemorySmsUsage implements SmsUsage, Transactional {
    private static final int COST_SCALE = 6;
    private static final Comparator<UsageRecord> OLDEST_FIRST = Comparator.comparing(UsageRecord::at)
            .thenComparing(UsageRecord::id);
    private static final Comparator<Key> SUMMARY_ORDER = Comparator.comparing(Key::period)
            .thenComparing(Key::direction)
            .thenComparing(key -> key.person().map(AccountId::value).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(key -> key.ourNumber().map(PhoneNumber::value).orElse(""))
            .thenComparing(Key::currency);

    private record Key(String period, SmsDirection direction, Optional<AccountId> person,
            Optional<PhoneNumber> ourNumber, String currency) {}

    private final Map<String, UsageRecord> bySid = new LinkedHashMap<>();

    @Override
    public synchronized boolean record(UsageRecord usage) {
        if (bySid.containsKey(usage.providerSid())) {
            return false;
        }
        if (bySid.values().stream().anyMatch(kept -> kept.id().equals(usage.id()))) {
            throw new IllegalStateException("usage " + usage.id() + " is stored already");
        }
        bySid.put(usage.providerSid(), priced(usage, usage.segments(), usage.cost(), usage.currency(), usage.estimated()));
        return true;
    }

    @Override
    public synchronized boolean statusChanged(String providerSid, DeliveryStatus status, Optional<String> errorCode,
            Instant at) {
        UsageRecord usage = bySid.get(providerSid);
        if (usage == null) {
            return false;
        }
        if (status.last() || !usage.status().last()) {
            bySid.put(providerSid, new UsageRecord(usage.id(), usage.person(), usage.ourNumber(), usage.direction(),
                    usage.providerSid(), usage.segments(), usage.cost(), usage.currency(), usage.estimated(), status,
                    errorCode, usage.at()));
        }
        return true;
    }

    @Override
    public synchronized List<UsageRecord> awaitingPrice(Instant before, int limit) {
        return bySid.values().stream()
                .filter(usage -> usage.estimated() && usage.direction() == SmsDirection.OUTBOUND
                        && usage.at().isBefore(before))
                .sorted(OLDEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void priced(String providerSid, MessagePrice price) {
        bySid.computeIfPresent(providerSid, (sid, usage) -> priced(usage, price.segments(), price.price(),
                price.currency(), false));
    }

    @Override
    public synchronized Optional<UsageRecord> byProviderSid(String providerSid) {
        return Optional.ofNullable(bySid.get(providerSid));
    }

    @Override
    public synchronized List<UsageLine> summary(UsageQuery query) {
        Map<Key, List<UsageRecord>> groups = new LinkedHashMap<>();
        bySid.values().stream()
                .filter(usage -> !usage.at().isBefore(query.from()) && usage.at().isBefore(query.to()))
                .filter(usage -> query.person().map(person -> usage.person().equals(Optional.of(person))).orElse(true))
                .forEach(usage -> groups.computeIfAbsent(keyOf(usage, query), key -> new ArrayList<>()).add(usage));
        return groups.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(SUMMARY_ORDER))
                .map(group -> line(group.getKey(), group.getValue()))
                .toList();
    }

    private static Key keyOf(UsageRecord usage, UsageQuery query) {
        LocalDate day = LocalDate.ofInstant(usage.at(), ZoneOffset.UTC);
        String period = query.by() == Granularity.DAY ? day.toString() : YearMonth.from(day).toString();
        return query.perPersonAndNumber()
                ? new Key(period, usage.direction(), usage.person(), Optional.of(usage.ourNumber()), usage.currency())
                : new Key(period, usage.direction(), Optional.empty(), Optional.empty(), usage.currency());
    }

    private static UsageLine line(Key key, List<UsageRecord> texts) {
        return new UsageLine(key.period(), key.direction(), key.person(), key.ourNumber(), texts.size(),
                texts.stream().mapToLong(UsageRecord::segments).sum(),
                texts.stream().map(UsageRecord::cost).reduce(BigDecimal.ZERO.setScale(COST_SCALE), BigDecimal::add),
                key.currency(), texts.stream().anyMatch(UsageRecord::estimated));
    }

    private static UsageRecord priced(UsageRecord usage, int segments, BigDecimal cost, String currency,
            boolean estimated) {
        return new UsageRecord(usage.id(), usage.person(), usage.ourNumber(), usage.direction(), usage.providerSid(),
                segments, cost.setScale(COST_SCALE, RoundingMode.HALF_UP), currency, estimated, usage.status(),
                usage.errorCode(), usage.at());
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot copy = Transactional.copyOf(bySid);
        return () -> {
            synchronized (this) {
                copy.restore();
            }
        };
    }
}
