package org.tdah.assistant.adapters.persistence.sms;

import java.time.Instant;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Opt-outs in {@code sms_opt_outs}, one row per pair of our number and theirs. Opting back in sets
 * {@code opted_in_at} rather than deleting the row; opting out again while out keeps the first
 * opt-out's time and source.
 */
public final class JdbiOptOuts implements OptOuts {
    private final PostgresDatabase database;

    public JdbiOptOuts(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void optOut(PhoneNumber ours, PhoneNumber theirs, Source source, Instant at) {
        database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO sms_opt_outs (our_number, their_number, source, opted_out_at)
                        VALUES (:ours, :theirs, :source, :at)
                        ON CONFLICT (our_number, their_number) DO UPDATE SET source = EXCLUDED.source,
                            opted_out_at = EXCLUDED.opted_out_at, opted_in_at = NULL
                        WHERE sms_opt_outs.opted_in_at IS NOT NULL""")
                .bind("ours", ours.value())
                .bind("theirs", theirs.value())
                .bind("source", Columns.of(source))
                .bind("at", Timestamps.utc(at))
                .execute());
    }

    @Override
    public boolean optIn(PhoneNumber ours, PhoneNumber theirs, Instant at) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE sms_opt_outs SET opted_in_at = :at
                        WHERE our_number = :ours AND their_number = :theirs AND opted_in_at IS NULL""")
                .bind("ours", ours.value())
                .bind("theirs", theirs.value())
                .bind("at", Timestamps.utc(at))
                .execute()) == 1;
    }

    @Override
    public boolean isOptedOut(PhoneNumber ours, PhoneNumber theirs) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM sms_opt_outs
                                       WHERE our_number = :ours AND their_number = :theirs AND opted_in_at IS NULL)""")
                .bind("ours", ours.value())
                .bind("theirs", theirs.value())
                .mapTo(Boolean.class)
                .one());
    }
}
