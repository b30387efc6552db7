package org.tdah.assistant.adapters.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.sms.DeliveryStatus;
import org.tdah.assistant.application.sms.MessagePrice;
import org.tdah.assistant.application.sms.UsageLine;
import org.tdah.assistant.application.sms.UsageQuery;
import org.tdah.assistant.application.sms.UsageRecord;
import org.tdah.assistant.application.sms.port.SmsUsage;

/**
 * The SMS usage log, counting each text the first time it is kept (the log refuses a provider id
 * it knows, so a webhook delivered twice counts once): received or sent, its segments, and its
 * estimated cost in the price table's currency. The provider's later price is not added again.
 */
public final class CountedSmsUsage implements SmsUsage {
    private final SmsUsage usage;
    private final AssistantMetrics metrics;

    public CountedSmsUsage(SmsUsage usage, AssistantMetrics metrics) {
        this.usage = usage;
        this.metrics = metrics;
    }

    @Override
    public boolean record(UsageRecord record) {
        boolean kept = usage.record(record);
        if (kept) {
            metrics.textKept(record.direction(), record.segments(), record.cost(), record.currency());
        }
        return kept;
    }

    @Override
    public boolean statusChanged(String providerSid, DeliveryStatus status, Optional<String> errorCode, Instant at) {
        return usage.statusChanged(providerSid, status, errorCode, at);
    }

    @Override
    public List<UsageRecord> awaitingPrice(Instant before, int limit) {
        return usage.awaitingPrice(before, limit);
    }

    @Override
    public void priced(String providerSid, MessagePrice price) {
        usage.priced(providerSid, price);
    }

    @Override
    public Optional<UsageRecord> byProviderSid(String providerSid) {
        return usage.byProviderSid(providerSid);
    }

    @Override
    public List<UsageLine> summary(UsageQuery query) {
        return usage.summary(query);
    }
}
