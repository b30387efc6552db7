package org.tdah.assistant.adapters.persistence.assistant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.assistant.port.CheckIns;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * The check-ins sent, in the {@code check_ins} table (one row per person and local day). Who is due
 * is computed in SQL: the instant is read in each person's zone ({@code AT TIME ZONE
 * accounts.timezone}, PostgreSQL's IANA zones) and compared with their
 * {@code account_preferences.check_in_time}; people without one, and disabled accounts, are never
 * due. People come in the order of their account ids.
 */
public final class JdbiCheckIns implements CheckIns {
    private final PostgresDatabase database;

    public JdbiCheckIns(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public List<AccountId> due(Instant now, int limit) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT a.id
                        FROM accounts a
                        JOIN account_preferences p ON p.account_id = a.id
                        WHERE p.check_in_time IS NOT NULL
                          AND a.disabled_at IS NULL
                          AND CAST(CAST(:now AS TIMESTAMPTZ) AT TIME ZONE a.timezone AS TIME) >= p.check_in_time
                          AND NOT EXISTS (
                              SELECT 1 FROM check_ins c
                              WHERE c.account_id = a.id
                                AND c.local_date = CAST(CAST(:now AS TIMESTAMPTZ) AT TIME ZONE a.timezone AS DATE))
                        ORDER BY a.id COLLATE "C"
                        LIMIT :limit""")
                .bind("now", Timestamps.utc(now))
                .bind("limit", limit)
                .map((row, context) -> new AccountId(row.getString("id")))
                .list());
    }

    @Override
    public boolean claim(AccountId person, LocalDate localDate, Instant at) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO check_ins (account_id, local_date, sent_at) VALUES (:person, :localDate, :at)
                        ON CONFLICT (account_id, local_date) DO NOTHING""")
                .bind("person", person.value())
                .bind("localDate", localDate)
                .bind("at", Timestamps.utc(at))
                .execute()) == 1;
    }
}
