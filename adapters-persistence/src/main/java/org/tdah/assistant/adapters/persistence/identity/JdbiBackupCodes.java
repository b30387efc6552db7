package org.tdah.assistant.adapters.persistence.identity;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.identity.port.BackupCodes;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.TokenHash;

/** Backup codes in the {@code backup_codes} table, by hash; using one is one conditional update. */
public final class JdbiBackupCodes implements BackupCodes {
    private final PostgresDatabase database;

    public JdbiBackupCodes(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void replace(AccountId account, List<TokenHash> codes, Instant at) {
        database.inTransaction(handle -> {
            handle.createUpdate("DELETE FROM backup_codes WHERE account_id = :account").bind("account", account.value()).execute();
            PreparedBatch batch = handle.prepareBatch(
                    "INSERT INTO backup_codes (account_id, code_hash, created_at) VALUES (:account, :hash, :at)");
            for (TokenHash code : codes) {
                batch.bind("account", account.value()).bind("hash", code.hex()).bind("at", Timestamps.utc(at)).add();
            }
            return batch.execute();
        });
    }

    @Override
    public boolean use(AccountId account, TokenHash code, Instant at) {
        return database.withHandle(handle -> handle.createUpdate("""
                        UPDATE backup_codes SET used_at = :at
                        WHERE account_id = :account AND code_hash = :hash AND used_at IS NULL""")
                .bind("at", Timestamps.utc(at))
                .bind("account", account.value())
                .bind("hash", code.hex())
                .execute()) == 1;
    }

    @Override
    public int remaining(AccountId account) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM backup_codes WHERE account_id = :account AND used_at IS NULL")
                .bind("account", account.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public void removeAll(AccountId account) {
        database.withHandle(handle -> handle.createUpdate("DELETE FROM backup_codes WHERE account_id = :account")
                .bind("account", account.value())
                .execute());
    }
}
