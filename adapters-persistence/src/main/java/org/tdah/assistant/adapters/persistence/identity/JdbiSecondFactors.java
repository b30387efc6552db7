package org.tdah.assistant.adapters.persistence.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.identity.port.Phones.VerifiedPhone;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** The second-factor status of an account in one query over {@code totp_credentials}, {@code account_phones} and {@code backup_codes}. */
public final class JdbiSecondFactors implements SecondFactors {
    private final PostgresDatabase database;

    public JdbiSecondFactors(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public Status of(AccountId account) {
        return database.withHandle(handle -> handle.createQuery("SELECT " + statusColumns(":account")
                        + " FROM (VALUES (1)) AS one LEFT JOIN account_phones p ON p.account_id = :account")
                .bind("account", account.value())
                .map((row, context) -> status(row))
                .one());
    }

    /**
     * The columns a {@link Status} is read from, for the account {@code accountId} names (a parameter
     * or a column of an outer query); the query joins {@code account_phones} as {@code p}.
     */
    static String statusColumns(String accountId) {
        return """
                EXISTS (SELECT 1 FROM totp_credentials
                        WHERE account_id = %1$s AND confirmed_at IS NOT NULL) AS totp,
                (SELECT count(*) FROM backup_codes WHERE account_id = %1$s AND used_at IS NULL) AS backup_codes,
                p.phone, p.verified_at, p.sms_mfa""".formatted(accountId);
    }

    static Status status(ResultSet row) throws SQLException {
        return new Status(
                row.getBoolean("totp"),
                row.getString("phone") == null ? Optional.empty() : Optional.of(new VerifiedPhone(
                        new PhoneNumber(row.getString("phone")), Timestamps.instant(row, "verified_at"),
                        row.getBoolean("sms_mfa"))),
                row.getInt("backup_codes"));
    }
}
