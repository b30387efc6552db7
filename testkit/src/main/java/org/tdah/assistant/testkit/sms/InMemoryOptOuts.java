package org.tdah.assistant.testkit.sms;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.shared.Transactional;

/**
 * Opt-outs in a map keyed by our number and theirs; behaves as {@code OptOutsContract} says.
 * Opting out again while out keeps the first opt-out; opting back in removes it.
 */
public final class InMemoryOptOuts implements OptOuts, Transactional {

    private record Pair(PhoneNumber ours, PhoneNumber theirs) {}

    private record OptOut(Source source, Instant at) {}

    private final Map<Pair, OptOut> optOuts = new LinkedHashMap<>();

    @Override
    public synchronized void optOut(PhoneNumber ours, PhoneNumber theirs, Source source, Instant at) {
        optOuts.putIfAbsent(new Pair(ours, theirs), new OptOut(source, at));
    }

    @Override
    public synchronized boolean optIn(PhoneNumber ours, PhoneNumber theirs, Instant at) {
        return optOuts.remove(new Pair(ours, theirs)) != null;
    }

    @Override
    public synchronized boolean isOptedOut(PhoneNumber ours, PhoneNumber theirs) {
        return optOuts.containsKey(new Pair(ours, theirs));
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot copy = Transactional.copyOf(optOuts);
        return () -> {
            synchronized (this) {
                copy.restore();
            }
        };
    }
}
