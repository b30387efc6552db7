package org.tdah.assistant.adapters.persistence.identity;

import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.AesGcmCipher;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.AccountsWithFactors;
import org.tdah.assistant.application.identity.port.AccountsWithFactorsContract;
import org.tdah.assistant.application.identity.port.BackupCodes;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.domain.identity.AccountId;

/** {@link JdbiSecondFactors} and {@link JdbiAccountsWithFactors}, held to their contracts on PostgreSQL. */
class JdbiSecondFactorsIT extends AccountsWithFactorsContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();
    private static final AesGcmCipher CIPHER = AesGcmCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[32]));

    @Override
    protected AccountsWithFactors accountsWithFactors() {
        return new JdbiAccountsWithFactors(DATABASE);
    }

    @Override
    protected Accounts accounts() {
        return new JdbiAccounts(DATABASE);
    }

    @Override
    protected SecondFactors secondFactors() {
        return new JdbiSecondFactors(DATABASE);
    }

    @Override
    protected TotpCredentials totpCredentials() {
        return new JdbiTotpCredentials(DATABASE, CIPHER);
    }

    @Override
    protected Phones phones() {
        return new JdbiPhones(DATABASE);
    }

    @Override
    protected BackupCodes backupCodes() {
        return new JdbiBackupCodes(DATABASE);
    }

    @Override
    protected AccountId anAccount() {
        return TestAccounts.storedIn(DATABASE);
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
