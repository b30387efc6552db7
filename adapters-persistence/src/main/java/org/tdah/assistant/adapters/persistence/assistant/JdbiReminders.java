package org.tdah.assistant.adapters.persistence.assistant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.domain.assistant.Firing;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.assistant.ReminderStatus;
import org.tdah.assistant.domain.assistant.ReminderText;
import org.tdah.assistant.domain.assistant.Schedule;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Reminders in the {@code reminders} table, listed by id (time-ordered, compared byte by byte).
 * The schedule is its local start ({@code TIMESTAMP}) and its rule (null for once); the firing is
 * four columns, all null when nothing more is sent. Every statement on behalf of a person names the
 * owner; {@link #dueForDelivery} alone reads across owners, locking the rows it returns with
 * {@code FOR UPDATE SKIP LOCKED}, so that several instances never take the same reminder.
 */
public final class JdbiReminders implements Reminders {
    private static final String COLUMNS = """
            id, account_id, number, text, schedule_start, rule, time_zone, status, occurrence, snoozed_until,
            firing_at, firing_round, attempt_at, failures, task_id, created_at""";
    private static final String ACTIVE = "status IN ('scheduled', 'snoozed')";
    private final PostgresDatabase database;

    public JdbiReminders(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void add(Reminder reminder) {
        database.withHandle(handle -> bound(handle.createUpdate("""
                        INSERT INTO reminders (id, account_id, number, text, schedule_start, rule, time_zone, status,
                            occurrence, snoozed_until, firing_at, firing_round, attempt_at, failures, task_id, created_at)
                        VALUES (:id, :owner, :number, :text, :scheduleStart, :rule, :zone, :status, :occurrence,
                            :snoozedUntil, :firingAt, :round, :attemptAt, :failures, :task, :createdAt)"""), reminder)
                .execute());
    }

    @Override
    public Optional<Reminder> withId(AccountId owner, ReminderId id) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM reminders WHERE account_id = :owner AND id = :id")
                .bind("owner", owner.value())
                .bind("id", id.value())
                .map(JdbiReminders::reminder)
                .findOne());
    }

    @Override
    public Optional<Reminder> activeWithNumber(AccountId owner, ItemNumber number) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM reminders WHERE account_id = :owner AND " + ACTIVE + " AND number = :number")
                .bind("owner", owner.value())
                .bind("number", number.value())
                .map(JdbiReminders::reminder)
                .findOne());
    }

    @Override
    public List<Reminder> activeOfTask(AccountId owner, TaskId task) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM reminders WHERE account_id = :owner AND " + ACTIVE + " AND task_id = :task ORDER BY id")
                .bind("owner", owner.value())
                .bind("task", task.value())
                .map(JdbiReminders::reminder)
                .list());
    }

    @Override
    public List<Reminder> ofOwner(AccountId owner, Optional<ReminderId> after, int limit) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM reminders
                        WHERE account_id = :owner
                          AND (CAST(:after AS TEXT) IS NULL OR id > :after)
                        ORDER BY id
                        LIMIT :limit""")
                .bind("owner", owner.value())
                .bind("after", after.map(ReminderId::value).orElse(null))
                .bind("limit", limit)
                .map(JdbiReminders::reminder)
                .list());
    }

    @Override
    public List<Reminder> activeDueBefore(AccountId owner, Instant before, int limit) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM reminders WHERE "
                        + "account_id = :owner AND " + ACTIVE + " AND attempt_at < :before ORDER BY attempt_at, id LIMIT :limit")
                .bind("owner", owner.value())
                .bind("before", Timestamps.utc(before))
                .bind("limit", limit)
                .map(JdbiReminders::reminder)
                .list());
    }

    @Override
    public List<Reminder> dueForDelivery(Instant now, int limit) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM reminders WHERE " + ACTIVE
                        + " AND attempt_at <= :now ORDER BY attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
                .bind("now", Timestamps.utc(now))
                .bind("limit", limit)
                .map(JdbiReminders::reminder)
                .list());
    }

    @Override
    public void update(Reminder reminder) {
        database.withHandle(handle -> bound(handle.createUpdate("""
                        UPDATE reminders SET number = :number, text = :text, schedule_start = :scheduleStart,
                            rule = :rule, time_zone = :zone, status = :status, occurrence = :occurrence,
                            snoozed_until = :snoozedUntil, firing_at = :firingAt, firing_round = :round,
                            attempt_at = :attemptAt, failures = :failures, task_id = :task, created_at = :createdAt
                        WHERE account_id = :owner AND id = :id"""), reminder)
                .execute());
    }

    @Override
    public boolean remove(AccountId owner, ReminderId id) {
        return database.withHandle(handle -> handle.createUpdate(
                        "DELETE FROM reminders WHERE account_id = :owner AND id = :id")
                .bind("owner", owner.value())
                .bind("id", id.value())
                .execute()) == 1;
    }

    private static Update bound(Update update, Reminder reminder) {
        Optional<Firing> firing = reminder.firing();
        return update
                .bind("id", reminder.id().value())
                .bind("owner", reminder.owner().value())
                .bind("number", reminder.number().value())
                .bind("text", reminder.text().value())
                .bind("scheduleStart", reminder.schedule().start())
                .bind("rule", reminder.rule().orElse(null))
                .bind("zone", reminder.zone().getId())
                .bind("status", reminder.status().wireName())
                .bind("occurrence", Timestamps.utc(reminder.occurrence().orElse(null)))
                .bind("snoozedUntil", Timestamps.utc(reminder.snoozedUntil().orElse(null)))
                .bind("firingAt", Timestamps.utc(firing.map(Firing::at).orElse(null)))
                .bind("round", firing.map(Firing::round).orElse(null))
                .bind("attemptAt", Timestamps.utc(firing.map(Firing::attemptAt).orElse(null)))
                .bind("failures", firing.map(Firing::failures).orElse(null))
                .bind("task", reminder.task().map(TaskId::value).orElse(null))
                .bind("createdAt", Timestamps.utc(reminder.createdAt()));
    }

    private static Reminder reminder(ResultSet row, StatementContext context) throws SQLException {
        LocalDateTime start = row.getObject("schedule_start", LocalDateTime.class);
        String rule = row.getString("rule");
        String status = row.getString("status");
        Instant firingAt = Timestamps.instant(row, "firing_at");
        return new Reminder(
                new ReminderId(row.getString("id")),
                new AccountId(row.getString("account_id")),
                new ItemNumber(row.getInt("number")),
                new ReminderText(row.getString("text")),
                rule == null ? new Schedule.Once(start) : new Schedule.Repeating(rule, start),
                ZoneId.of(row.getString("time_zone")),
                Arrays.stream(ReminderStatus.values()).filter(s -> s.wireName().equals(status)).findFirst().orElseThrow(),
                Optional.ofNullable(Timestamps.instant(row, "occurrence")),
                Optional.ofNullable(Timestamps.instant(row, "snoozed_until")),
                firingAt == null ? Optional.empty() : Optional.of(new Firing(firingAt, row.getInt("firing_round"),
                        Timestamps.instant(row, "attempt_at"), row.getInt("failures"))),
                Optional.ofNullable(row.getString("task_id")).map(TaskId::new),
                Timestamps.instant(row, "created_at"));
    }
}
