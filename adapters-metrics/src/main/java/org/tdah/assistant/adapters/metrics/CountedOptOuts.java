package org.tdah.assistant.adapters.metrics;

import java.time.Instant;
import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The opt-outs, counting changes only: an opt-out of someone who was not opted out (a second STOP
 * changes nothing and counts nothing), an opt-in of someone who was.
 */
public final class CountedOptOuts implements OptOuts {
    private final OptOuts optOuts;
    private final AssistantMetrics metrics;

    public CountedOptOuts(OptOuts optOuts, AssistantMetrics metrics) {
        this.optOuts = optOuts;
        this.metrics = metrics;
    }

    @Override
    public void optOut(PhoneNumber ours, PhoneNumber theirs, Source source, Instant at) {
        boolean already = optOuts.isOptedOut(ours, theirs);
        optOuts.optOut(ours, theirs, source, at);
        if (!already) {
            metrics.optedOut();
        }
    }

    @Override
    public boolean optIn(PhoneNumber ours, PhoneNumber theirs, Instant at) {
        boolean changed = optOuts.optIn(ours, theirs, at);
        if (changed) {
            metrics.optedIn();
        }
        return changed;
    }

    @Override
    public boolean isOptedOut(PhoneNumber ours, PhoneNumber theirs) {
        return optOuts.isOptedOut(ours, theirs);
    }
}
