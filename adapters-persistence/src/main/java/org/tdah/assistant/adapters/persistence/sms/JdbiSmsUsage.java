package org.tdah.assistant.adapters.persistence.sms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.sms.DeliveryStatus;
import org.tdah.assistant.application.sms.MessagePrice;
import org.tdah.assistant.application.sms.UsageLine;
import org.tdah.assistant.application.sms.UsageQuery;
import org.tdah.assistant.application.sms.UsageRecord;
import org.tdah.assistant.application.sms.port.SmsUsage;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsDirection;
import org.tdah.assistant.domain.sms.UsagePeriod.Granularity;

/**
 * The usage log in {@code sms_usage_logs}, one row per provider id (a unique index: a second
 * record of one text is an {@code ON CONFLICT DO NOTHING}). Costs are {@code NUMERIC(12,6)}, read
 * back at that scale. The summary is added up in SQL, by UTC day or month ({@code date_trunc} of
 * the time in UTC), labelled by {@code to_char}; people and numbers are ordered byte by byte, the
 * texts of no person last.
 */
public final class JdbiSmsUsage implements SmsUsage {
    private static final String COLUMNS = """
            id, account_id, our_number, direction, provider_sid, segments, cost, currency, estimated, status,
            error_code, at""";
    private static final List<String> FINAL = Arrays.stream(DeliveryStatus.values())
            .filter(DeliveryStatus::last)
            .map(Columns::of)
            .toList();
    private final PostgresDatabase database;

    public JdbiSmsUsage(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public boolean record(UsageRecord usage) {
        return database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO sms_usage_logs (id, account_id, our_number, direction, provider_sid, segments, cost,
                            currency, estimated, status, error_code, at)
                        VALUES (:id, :person, :ourNumber, :direction, :sid, :segments, :cost, :currency, :estimated,
                            :status, :errorCode, :at)
                        ON CONFLICT (provider_sid) DO NOTHING""")
                .bind("id", usage.id())
                .bind("person", usage.person().map(AccountId::value).orElse(null))
                .bind("ourNumber", usage.ourNumber().value())
                .bind("direction", Columns.of(usage.direction()))
                .bind("sid", usage.providerSid())
                .bind("segments", usage.segments())
                .bind("cost", usage.cost())
                .bind("currency", usage.currency())
                .bind("estimated", usage.estimated())
                .bind("status", Columns.of(usage.status()))
                .bind("errorCode", usage.errorCode().orElse(null))
                .bind("at", Timestamps.utc(usage.at()))
                .execute()) == 1;
    }

    @Override
    public boolean statusChanged(String providerSid, DeliveryStatus status, Optional<String> errorCode, Instant at) {
        return database.withHandle(handle -> {
            int changed = handle.createUpdate("""
                            UPDATE sms_usage_logs SET status = :status, error_code = :errorCode, status_changed_at = :at
                            WHERE provider_sid = :sid AND (:final OR status NOT IN (<finalStatuses>))""")
                    .bind("sid", providerSid)
                    .bind("status", Columns.of(status))
                    .bind("errorCode", errorCode.orElse(null))
                    .bind("at", Timestamps.utc(at))
                    .bind("final", status.last())
                    .bindList("finalStatuses", FINAL)
                    .execute();
            return changed == 1 || handle.createQuery(
                            "SELECT EXISTS (SELECT 1 FROM sms_usage_logs WHERE provider_sid = :sid)")
                    .bind("sid", providerSid)
                    .mapTo(Boolean.class)
                    .one();
        });
    }

    @Override
    public List<UsageRecord> awaitingPrice(Instant before, int limit) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM sms_usage_logs
                        WHERE estimated AND direction = 'outbound' AND at < :before
                        ORDER BY at, id
                        LIMIT :limit""")
                .bind("before", Timestamps.utc(before))
                .bind("limit", limit)
                .map(JdbiSmsUsage::usage)
                .list());
    }

    @Override
    public void priced(String providerSid, MessagePrice price) {
        database.withHandle(handle -> handle.createUpdate("""
                        UPDATE sms_usage_logs SET cost = :cost, currency = :currency, segments = :segments,
                            estimated = FALSE
                        WHERE provider_sid = :sid""")
                .bind("sid", providerSid)
                .bind("cost", price.price())
                .bind("currency", price.currency())
                .bind("segments", price.segments())
                .execute());
    }

    @Override
    public Optional<UsageRecord> byProviderSid(String providerSid) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM sms_usage_logs WHERE provider_sid = :sid")
                .bind("sid", providerSid)
                .map(JdbiSmsUsage::usage)
                .findOne());
    }

    @Override
    public List<UsageLine> summary(UsageQuery query) {
        boolean perPerson = query.perPersonAndNumber();
        String unit = query.by() == Granularity.DAY ? "day" : "month";
        String label = query.by() == Granularity.DAY ? "YYYY-MM-DD" : "YYYY-MM";
        String personColumns = perPerson ? ", account_id, our_number" : "";
        String personOrder = perPerson ? ", account_id COLLATE \"C\" NULLS LAST, our_number COLLATE \"C\"" : "";
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT to_char(date_trunc(:unit, at AT TIME ZONE 'UTC'), :label) AS period, direction"""
                        + personColumns + """
                        , currency, count(*) AS messages, sum(segments) AS segments, sum(cost) AS cost,
                            bool_or(estimated) AS estimated
                        FROM sms_usage_logs
                        WHERE at >= :from AND at < :to AND (CAST(:person AS TEXT) IS NULL OR account_id = :person)
                        GROUP BY period, direction""" + personColumns + """
                        , currency
                        ORDER BY period, direction""" + personOrder + ", currency COLLATE \"C\"")
                .bind("unit", unit)
                .bind("label", label)
                .bind("from", Timestamps.utc(query.from()))
                .bind("to", Timestamps.utc(query.to()))
                .bind("person", query.person().map(AccountId::value).orElse(null))
                .map((row, context) -> new UsageLine(row.getString("period"),
                        Columns.parsed(SmsDirection.class, row.getString("direction")),
                        perPerson ? Optional.ofNullable(row.getString("account_id")).map(AccountId::new) : Optional.empty(),
                        perPerson ? Optional.of(new PhoneNumber(row.getString("our_number"))) : Optional.empty(),
                        row.getLong("messages"), row.getLong("segments"), row.getBigDecimal("cost"),
                        row.getString("currency"), row.getBoolean("estimated")))
                .list());
    }

    private static UsageRecord usage(ResultSet row, StatementContext context) throws SQLException {
        return new UsageRecord(
                row.getString("id"),
                Optional.ofNullable(row.getString("account_id")).map(AccountId::new),
                new PhoneNumber(row.getString("our_number")),
                Columns.parsed(SmsDirection.class, row.getString("direction")),
                row.getString("provider_sid"),
                row.getInt("segments"),
                row.getBigDecimal("cost"),
                row.getString("currency"),
                row.getBoolean("estimated"),
                Columns.parsed(DeliveryStatus.class, row.getString("status")),
                Optional.ofNullable(row.getString("error_code")),
                Timestamps.instant(row, "at"));
    }
}
