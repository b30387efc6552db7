package org.tdah.assistant.adapters.persistence.identity;

import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.identity.port.SmsCodes;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SmsCodePurpose;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** SMS codes in the {@code sms_codes} table, one row per account and purpose; using one is one conditional update. */
public final class JdbiSmsCodes implements SmsCodes {
    private final PostgresDatabase database;

    public JdbiSmsCodes(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void issue(AccountId account, SmsCodePurpose purpose, PhoneNumber phone, TokenHash codeHash, Instant expiresAt) {
        database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO sms_codes (account_id, purpose, phone, code_hash, failed_attempts, expires_at, used_at)
                        VALUES (:account, :purpose, :phone, :hash, 0, :expiresAt, NULL)
                        ON CONFLICT (account_id, purpose) DO UPDATE SET phone = EXCLUDED.phone,
                            code_hash = EXCLUDED.code_hash, failed_attempts = 0,
                            expires_at = EXCLUDED.expires_at, used_at = NULL""")
                .bind("account", account.value())
                .bind("purpose", purpose.storedName())
                .bind("phone", phone.value())
                .bind("hash", codeHash.hex())
                .bind("expiresAt", Timestamps.utc(expiresAt))
                .execute());
    }

    @Override
    public Optional<PendingCode> pending(AccountId account, SmsCodePurpose purpose, Instant now) {
        return database.withHandle(handle -> handle.createQuery("""
                        SELECT phone, code_hash, failed_attempts, expires_at FROM sms_codes
                        WHERE account_id = :account AND purpose = :purpose AND used_at IS NULL AND expires_at > :now""")
                .bind("account", account.value())
                .bind("purpose", purpose.storedName())
                .bind("now", Timestamps.utc(now))
                .map((row, context) -> new PendingCode(new PhoneNumber(row.getString("phone")),
                        new TokenHash(row.getString("code_hash")), row.getInt("failed_attempts"),
                        Timestamps.instant(row, "expires_at")))
                .findOne());
    }

    /** One conditional update: the row lock makes racing tries count one after the other. */
    @Override
    public Optional<PendingCode> countAttempt(AccountId account, SmsCodePurpose purpose, Instant now, int maxAttempts) {
        return database.withHandle(handle -> handle.createQuery("""
                        UPDATE sms_codes SET failed_attempts = failed_attempts + 1
                        WHERE account_id = :account AND purpose = :purpose AND used_at IS NULL
                          AND expires_at > :now AND failed_attempts < :max
                        RETURNING phone, code_hash, failed_attempts, expires_at""")
                .bind("account", account.value())
                .bind("purpose", purpose.storedName())
                .bind("now", Timestamps.utc(now))
                .bind("max", maxAttempts)
                .map((row, context) -> new PendingCode(new PhoneNumber(row.getString("phone")),
                        new TokenHash(row.getString("code_hash")), row.getInt("failed_attempts"),
                        Timestamps.instant(row, "expires_at")))
                .findOne());
    }

    @Override
    public boolean use(AccountId account, SmsCodePurpose purpose, TokenHash codeHash, Instant now) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE sms_codes SET used_at = :now
                        WHERE account_id = :account AND purpose = :purpose AND code_hash = :hash
                          AND used_at IS NULL AND expires_at > :now""")
                .bind("now", Timestamps.utc(now))
                .bind("account", account.value())
                .bind("purpose", purpose.storedName())
                .bind("hash", codeHash.hex())
                .execute()) == 1;
    }
}
