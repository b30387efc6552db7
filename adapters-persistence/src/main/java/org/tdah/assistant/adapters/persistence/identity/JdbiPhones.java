package org.tdah.assistant.adapters.persistence.identity;

import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** Verified phones in the {@code account_phones} table, whose unique number column backs the one-owner rule. */
public final class JdbiPhones implements Phones {
    private final PostgresDatabase database;

    public JdbiPhones(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<VerifiedPhone> of(AccountId account) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT phone, verified_at, sms_mfa FROM account_phones WHERE account_id = :account")
                .bind("account", account.value())
                .map((row, context) -> new VerifiedPhone(new PhoneNumber(row.getString("phone")),
                        Timestamps.instant(row, "verified_at"), row.getBoolean("sms_mfa")))
                .findOne());
    }

    @Override
    public Optional<AccountId> ownerOf(PhoneNumber number) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT account_id FROM account_phones WHERE phone = :phone")
                .bind("phone", number.value())
                .map((row, context) -> new AccountId(row.getString("account_id")))
                .findOne());
    }

    @Override
    public boolean saveVerified(AccountId account, PhoneNumber number, boolean smsSecondFactor, Instant at) {
        return database.inTransaction(handle -> {
            int inserted = handle.createUpdate("""
                            INSERT INTO account_phones (account_id, phone, verified_at, sms_mfa)
                            VALUES (:account, :phone, :at, :smsSecondFactor)
                            ON CONFLICT DO NOTHING""")
                    .bind("account", account.value())
                    .bind("phone", number.value())
                    .bind("at", Timestamps.utc(at))
                    .bind("smsSecondFactor", smsSecondFactor)
                    .execute();
            if (inserted == 1) {
                return true;
            }
            return handle.createUpdate("""
                            UPDATE account_phones SET phone = :phone, verified_at = :at, sms_mfa = :smsSecondFactor
                            WHERE account_id = :account
                              AND NOT EXISTS (SELECT 1 FROM account_phones
                                              WHERE phone = :phone AND account_id <> :account)""")
                    .bind("account", account.value())
                    .bind("phone", number.value())
                    .bind("at", Timestamps.utc(at))
                    .bind("smsSecondFactor", smsSecondFactor)
                    .execute() == 1;
        });
    }

    @Override
    public void disableSmsSecondFactor(AccountId account) {
        database.withHandle(handle -> handle.createUpdate(
                        "UPDATE account_phones SET sms_mfa = FALSE WHERE account_id = :account")
                .bind("account", account.value())
                .execute());
    }
}
