package org.tdah.assistant.adapters.metrics;

import java.time.Instant;
import org.tdah.assistant.application.assistant.port.ReminderDeliveries;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.identity.ReminderChannel;

/**
 * The reminders' delivery ledger, counting each delivery a channel took, by channel (how late each
 * went comes from the reminder job's report, which knows the quiet hours). The ledger keys sends by
 * occurrence, so a retry is counted once, when it finally goes; claims, releases and dead letters
 * count nothing here (dead letters are a gauge read from the ledger).
 */
public final class CountedReminderDeliveries implements ReminderDeliveries {
    private final ReminderDeliveries ledger;
    private final AssistantMetrics metrics;

    public CountedReminderDeliveries(ReminderDeliveries ledger, AssistantMetrics metrics) {
        this.ledger = ledger;
        this.metrics = metrics;
    }

    @Override
    public boolean claim(ReminderId reminder, Instant firingAt, ReminderChannel channel, Instant now) {
        return ledger.claim(reminder, firingAt, channel, now);
    }

    @Override
    public void sent(ReminderId reminder, Instant firingAt, ReminderChannel channel, Instant at) {
        ledger.sent(reminder, firingAt, channel, at);
        metrics.reminderDelivered(channel);
    }

    @Override
    public void release(ReminderId reminder, Instant firingAt, ReminderChannel channel) {
        ledger.release(reminder, firingAt, channel);
    }

    @Override
    public void failed(ReminderId reminder, Instant firingAt, ReminderChannel channel, String error, Instant at) {
        ledger.failed(reminder, firingAt, channel, error, at);
    }
}
