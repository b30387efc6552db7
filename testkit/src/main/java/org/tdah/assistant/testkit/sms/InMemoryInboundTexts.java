package org.tdah.assistant.testkit.sms;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tdah.assistant.application.sms.InboundText;
import org.tdah.assistant.application.sms.RoutingOutcome;
import org.tdah.assistant.application.sms.port.InboundTexts;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.shared.Transactional;

/**
 * The router's intake queue in a map; behaves as {@code InboundTextsContract} says. Every method
 * holds the adapter's lock, so a text is kept once per provider id and leased to one caller at a
 * time, each sender's oldest unrouted text only, the senders with the fewest waiting first; a lease that ran out (at or before now) makes the text waiting again, as in the database.
 */
public final class InMemoryInboundTexts implements InboundTexts, Transactional {
    private static final Comparator<Entry> OLDEST_FIRST = Comparator
            .comparing((Entry entry) -> entry.text().receivedAt())
            .thenComparing(entry -> entry.text().id());

    private record Entry(InboundText text, Optional<Instant> leasedUntil, Optional<RoutingOutcome> outcome,
            Optional<AccountId> person, Optional<Instant> routedAt) {
        boolean waitingAt(Instant now) {
            return routedAt.isEmpty() && leasedUntil.map(until -> !until.isAfter(now)).orElse(true);
        }
    }

    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, String> idsBySid = new LinkedHashMap<>();

    @Override
    public synchronized boolean receive(InboundText text) {
        if (idsBySid.containsKey(text.messageSid())) {
            return false;
        }
        if (byId.containsKey(text.id())) {
            throw new IllegalStateException("inbound text " + text.id() + " is stored already");
        }
        byId.put(text.id(), new Entry(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        idsBySid.put(text.messageSid(), text.id());
        return true;
    }

    @Override
    public synchronized List<InboundText> claimWaiting(int limit, Instant now, Instant leaseUntil) {
        Map<PhoneNumber, List<Entry>> unroutedBySender = byId.values().stream()
                .filter(entry -> entry.routedAt().isEmpty()).sorted(OLDEST_FIRST)
                .collect(Collectors.groupingBy(entry -> entry.text().from(), LinkedHashMap::new, Collectors.toList()));
        List<Entry> claimed = unroutedBySender.values().stream()
                .filter(unrouted -> unrouted.get(0).waitingAt(now))
                .sorted(Comparator.<List<Entry>>comparingInt(unrouted -> Math.min(unrouted.size(), FLOOD))
                        .thenComparing(unrouted -> unrouted.get(0), OLDEST_FIRST))
                .limit(limit)
                .map(unrouted -> unrouted.get(0))
                .sorted(OLDEST_FIRST)
                .toList();
        claimed.forEach(entry -> byId.put(entry.text().id(), new Entry(entry.text(), Optional.of(leaseUntil),
                Optional.empty(), Optional.empty(), Optional.empty())));
        return claimed.stream().map(Entry::text).toList();
    }

    @Override
    public synchronized boolean routed(String id, RoutingOutcome outcome, Optional<AccountId> person, Instant at) {
        Entry entry = byId.get(id);
        if (entry == null || entry.routedAt().isPresent()) {
            return false;
        }
        byId.put(id, new Entry(entry.text(), Optional.empty(), Optional.of(outcome), person, Optional.of(at)));
        return true;
    }

    @Override
    public synchronized Optional<RoutingOutcome> outcomeOf(String messageSid) {
        return Optional.ofNullable(idsBySid.get(messageSid)).map(byId::get).flatMap(Entry::outcome);
    }

    @Override
    public synchronized int waiting() {
        return (int) byId.values().stream().filter(entry -> entry.routedAt().isEmpty()).count();
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot entries = Transactional.copyOf(byId);
        Snapshot sids = Transactional.copyOf(idsBySid);
        return () -> {
            synchronized (this) {
                entries.restore();
                sids.restore();
            }
        };
    }
}
