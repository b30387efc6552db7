package org.tdah.assistant.adapters.persistence.assistant;

import java.time.Instant;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.assistant.port.ReminderDeliveries;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.identity.ReminderChannel;

/**
 * The delivery ledger in the {@code reminder_deliveries} table, keyed by reminder, planned firing
 * and channel. A claim is an {@code INSERT ... ON CONFLICT DO NOTHING} of a 'sending' row, so only
 * one caller ever wins it; a release deletes that row while it is still 'sending'; 'sent' and
 * 'failed' stay for good, so the delivery is never claimed again.
 */
public final class JdbiReminderDeliveries implements ReminderDeliveries {
    private static final int MAX_ERROR = 500;
    private final PostgresDatabase database;

    public JdbiReminderDeliveries(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public boolean claim(ReminderId reminder, Instant firingAt, ReminderChannel channel, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO reminder_deliveries (reminder_id, firing_at, channel, state, claimed_at)
                        VALUES (:reminder, :firingAt, :channel, 'sending', :now)
                        ON CONFLICT (reminder_id, firing_at, channel) DO NOTHING""")
                .bind("reminder", reminder.value())
                .bind("firingAt", Timestamps.utc(firingAt))
                .bind("channel", channel.wireName())
                .bind("now", Timestamps.utc(now))
                .execute()) == 1;
    }

    @Override
    public void sent(ReminderId reminder, Instant firingAt, ReminderChannel channel, Instant at) {
        finish(reminder, firingAt, channel, "sent", null, at);
    }

    @Override
    public void release(ReminderId reminder, Instant firingAt, ReminderChannel channel) {
        database.withHandle(handle -> handle.createUpdate("""
                        DELETE FROM reminder_deliveries
                        WHERE reminder_id = :reminder AND firing_at = :firingAt AND channel = :channel
                          AND state = 'sending'""")
                .bind("reminder", reminder.value())
                .bind("firingAt", Timestamps.utc(firingAt))
                .bind("channel", channel.wireName())
                .execute());
    }

    @Override
    public void failed(ReminderId reminder, Instant firingAt, ReminderChannel channel, String error, Instant at) {
        finish(reminder, firingAt, channel, "failed", truncated(error), at);
    }

    /** Records the outcome, claiming the delivery at the same time if nobody did. */
    private void finish(ReminderId reminder, Instant firingAt, ReminderChannel channel, String state, String error,
            Instant at) {
        database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO reminder_deliveries (reminder_id, firing_at, channel, state, claimed_at,
                            finished_at, last_error)
                        VALUES (:reminder, :firingAt, :channel, :state, :at, :at, :error)
                        ON CONFLICT (reminder_id, firing_at, channel) DO UPDATE SET state = EXCLUDED.state,
                            finished_at = EXCLUDED.finished_at, last_error = EXCLUDED.last_error""")
                .bind("reminder", reminder.value())
                .bind("firingAt", Timestamps.utc(firingAt))
                .bind("channel", channel.wireName())
                .bind("state", state)
                .bind("error", error)
                .bind("at", Timestamps.utc(at))
                .execute());
    }

    private static String truncated(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
