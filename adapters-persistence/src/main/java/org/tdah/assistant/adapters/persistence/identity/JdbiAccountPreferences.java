package org.tdah.assistant.adapters.persistence.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.identity.port.AccountPreferences;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Preferences;
import org.tdah.assistant.domain.identity.QuietHours;
import org.tdah.assistant.domain.identity.ReminderChannel;
import org.tdah.assistant.domain.identity.TimeOfDay;

/**
 * Preferences in the {@code account_preferences} table, one row per account that chose; channels
 * are stored by their wire names, in order.
 */
public final class JdbiAccountPreferences implements AccountPreferences {
    private final PostgresDatabase database;

    public JdbiAccountPreferences(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<Preferences> of(AccountId account) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT quiet_start, quiet_end, nag_interval_minutes, max_nags, check_in_time, reminder_channels
                        FROM account_preferences WHERE account_id = :account""")
                .bind("account", account.value())
                .map(JdbiAccountPreferences::preferences)
                .findOne());
    }

    @Override
    public void replace(AccountId account, Preferences preferences) {
        database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO account_preferences (account_id, quiet_start, quiet_end, nag_interval_minutes,
                            max_nags, check_in_time, reminder_channels)
                        VALUES (:account, :quietStart, :quietEnd, :nagInterval, :maxNags, :checkIn, :channels)
                        ON CONFLICT (account_id) DO UPDATE SET quiet_start = EXCLUDED.quiet_start,
                            quiet_end = EXCLUDED.quiet_end, nag_interval_minutes = EXCLUDED.nag_interval_minutes,
                            max_nags = EXCLUDED.max_nags, check_in_time = EXCLUDED.check_in_time,
                            reminder_channels = EXCLUDED.reminder_channels""")
                .bind("account", account.value())
                .bind("quietStart", preferences.quietHours().map(hours -> hours.start().value()).orElse(null))
                .bind("quietEnd", preferences.quietHours().map(hours -> hours.end().value()).orElse(null))
                .bind("nagInterval", preferences.nagIntervalMinutes())
                .bind("maxNags", preferences.maxNags())
                .bind("checkIn", preferences.checkInTime().map(TimeOfDay::value).orElse(null))
                .bind("channels", preferences.reminderChannels().stream().map(ReminderChannel::wireName)
                        .toArray(String[]::new))
                .execute());
    }

    private static Preferences preferences(ResultSet row, StatementContext context) throws SQLException {
        Optional<LocalTime> quietStart = Optional.ofNullable(row.getObject("quiet_start", LocalTime.class));
        Optional<LocalTime> quietEnd = Optional.ofNullable(row.getObject("quiet_end", LocalTime.class));
        Optional<QuietHours> quietHours = quietStart.isPresent() && quietEnd.isPresent()
                ? Optional.of(new QuietHours(new TimeOfDay(quietStart.get()), new TimeOfDay(quietEnd.get())))
                : Optional.empty();
        return new Preferences(
                quietHours,
                row.getInt("nag_interval_minutes"),
                row.getInt("max_nags"),
                Optional.ofNullable(row.getObject("check_in_time", LocalTime.class)).map(TimeOfDay::new),
                Arrays.stream((String[]) row.getArray("reminder_channels").getArray())
                        .map(ReminderChannel::ofWireName).toList());
    }
}
