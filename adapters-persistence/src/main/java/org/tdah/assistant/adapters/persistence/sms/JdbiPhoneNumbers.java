package org.tdah.assistant.adapters.persistence.sms;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.sms.AssignedNumber;
import org.tdah.assistant.application.sms.NumberId;
import org.tdah.assistant.application.sms.NumberMode;
import org.tdah.assistant.application.sms.NumberWebhooks;
import org.tdah.assistant.application.sms.WebhookConfiguration;
import org.tdah.assistant.application.sms.port.PhoneNumbers;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Numbers in {@code user_phone_numbers}, their webhooks in {@code webhook_configurations}. The two
 * rules of assignment (one active number per owner, one owner per active dedicated phone number)
 * are partial unique indexes: {@link #add} is an {@code INSERT ... ON CONFLICT DO NOTHING}, so of
 * two racing assignments one inserts and the other answers false, without failing the caller's
 * transaction. Newest first is by creation time, then id (compared byte by byte); keyset pages
 * start after the row of the given id.
 */
public final class JdbiPhoneNumbers implements PhoneNumbers {
    private static final String COLUMNS = "id, account_id, phone_number, mode, provider_sid, country, created_at, released_at";
    private static final String ACTIVE_DEDICATED = "mode = 'dedicated' AND released_at IS NULL";
    private final PostgresDatabase database;

    public JdbiPhoneNumbers(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public boolean add(AssignedNumber number) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO user_phone_numbers (id, account_id, phone_number, mode, provider_sid, country,
                            created_at, released_at)
                        VALUES (:id, :owner, :phone, :mode, :sid, :country, :createdAt, :releasedAt)
                        ON CONFLICT DO NOTHING""")
                .bind("id", number.id().value())
                .bind("owner", number.owner().value())
                .bind("phone", number.phoneNumber().value())
                .bind("mode", Columns.of(number.mode()))
                .bind("sid", number.providerSid().orElse(null))
                .bind("country", number.country())
                .bind("createdAt", Timestamps.utc(number.createdAt()))
                .bind("releasedAt", Timestamps.utc(number.releasedAt().orElse(null)))
                .execute()) == 1;
    }

    @Override
    public Optional<AssignedNumber> withId(NumberId id) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM user_phone_numbers WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiPhoneNumbers::number)
                .findOne());
    }

    @Override
    public Optional<AssignedNumber> activeDedicated(PhoneNumber phoneNumber) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM user_phone_numbers WHERE phone_number = :phone AND " + ACTIVE_DEDICATED)
                .bind("phone", phoneNumber.value())
                .map(JdbiPhoneNumbers::number)
                .findOne());
    }

    @Override
    public Optional<AssignedNumber> activeOf(AccountId owner) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM user_phone_numbers WHERE account_id = :owner AND released_at IS NULL")
                .bind("owner", owner.value())
                .map(JdbiPhoneNumbers::number)
                .findOne());
    }

    @Override
    public List<AssignedNumber> ownedBy(AccountId owner) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM user_phone_numbers WHERE account_id = :owner ORDER BY created_at DESC, id DESC")
                .bind("owner", owner.value())
                .map(JdbiPhoneNumbers::number)
                .list());
    }

    @Override
    public List<AssignedNumber> all(int limit, Optional<NumberId> after) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM user_phone_numbers
                        WHERE CAST(:after AS TEXT) IS NULL
                           OR (created_at, id) < (SELECT created_at, id FROM user_phone_numbers WHERE id = :after)
                        ORDER BY created_at DESC, id DESC
                        LIMIT :limit""")
                .bind("after", after.map(NumberId::value).orElse(null))
                .bind("limit", limit)
                .map(JdbiPhoneNumbers::number)
                .list());
    }

    @Override
    public List<AssignedNumber> activeDedicated(int limit, Optional<NumberId> after) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM user_phone_numbers WHERE " + ACTIVE_DEDICATED + """
                          AND (CAST(:after AS TEXT) IS NULL OR id > :after)
                        ORDER BY id
                        LIMIT :limit""")
                .bind("after", after.map(NumberId::value).orElse(null))
                .bind("limit", limit)
                .map(JdbiPhoneNumbers::number)
                .list());
    }

    @Override
    public boolean release(NumberId id, Instant at) {
        return database.withHandle(handle -> handle.createUpdate(
                        "UPDATE user_phone_numbers SET released_at = :at WHERE id = :id AND released_at IS NULL")
                .bind("id", id.value())
                .bind("at", Timestamps.utc(at))
                .execute()) == 1;
    }

    @Override
    public void configured(NumberId id, NumberWebhooks webhooks, Instant at) {
        database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO webhook_configurations (number_id, sms_url, sms_fallback_url, status_callback,
                            configured_at)
                        SELECT id, :smsUrl, :fallback, :statusCallback, :at FROM user_phone_numbers WHERE id = :id
                        ON CONFLICT (number_id) DO UPDATE SET sms_url = EXCLUDED.sms_url,
                            sms_fallback_url = EXCLUDED.sms_fallback_url, status_callback = EXCLUDED.status_callback,
                            configured_at = EXCLUDED.configured_at, checked_at = NULL""")
                .bind("id", id.value())
                .bind("smsUrl", webhooks.smsUrl().toString())
                .bind("fallback", Optional.ofNullable(webhooks.smsFallbackUrl()).map(URI::toString).orElse(null))
                .bind("statusCallback", Optional.ofNullable(webhooks.statusCallback()).map(URI::toString).orElse(null))
                .bind("at", Timestamps.utc(at))
                .execute());
    }

    @Override
    public Optional<WebhookConfiguration> configurationOf(NumberId id) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT number_id, sms_url, sms_fallback_url, status_callback, configured_at, checked_at, repairs
                        FROM webhook_configurations WHERE number_id = :id""")
                .bind("id", id.value())
                .map((row, context) -> new WebhookConfiguration(new NumberId(row.getString("number_id")),
                        new NumberWebhooks(URI.create(row.getString("sms_url")), uri(row, "sms_fallback_url"),
                                uri(row, "status_callback")),
                        Timestamps.instant(row, "configured_at"),
                        Optional.ofNullable(Timestamps.instant(row, "checked_at")),
                        row.getInt("repairs")))
                .findOne());
    }

    @Override
    public void checked(NumberId id, Instant at, boolean repaired) {
        database.withHandle(handle -> handle.createUpdate("""
                        UPDATE webhook_configurations SET checked_at = :at,
                            repairs = repairs + CASE WHEN :repaired THEN 1 ELSE 0 END
                        WHERE number_id = :id""")
                .bind("id", id.value())
                .bind("at", Timestamps.utc(at))
                .bind("repaired", repaired)
                .execute());
    }

    private static URI uri(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : URI.create(value);
    }

    private static AssignedNumber number(ResultSet row, StatementContext context) throws SQLException {
        return new AssignedNumber(
                new NumberId(row.getString("id")),
                new AccountId(row.getString("account_id")),
                new PhoneNumber(row.getString("phone_number")),
                Columns.parsed(NumberMode.class, row.getString("mode")),
                Optional.ofNullable(row.getString("provider_sid")),
                row.getString("country"),
                Timestamps.instant(row, "created_at"),
                Optional.ofNullable(Timestamps.instant(row, "released_at")));
    }
}
