package org.tdah.assistant.adapters.persistence.identity;

import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.tdah.assistant.adapters.persistence.postgres.AesGcmCipher;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.application.identity.port.TotpCredentialsContract;
import org.tdah.assistant.domain.identity.AccountId;

class JdbiTotpCredentialsIT extends TotpCredentialsContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();
    private static final AesGcmCipher CIPHER = AesGcmCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[32]));

    @Override
    protected TotpCredentials newCredentials() {
        return new JdbiTotpCredentials(DATABASE, CIPHER);
    }

    @Override
    protected AccountId anAccount() {
        return TestAccounts.storedIn(DATABASE);
    }

    @org.junit.jupiter.api.Test
    void the_secret_is_stored_encrypted() {
        AccountId account = anAccount();
        newCredentials().savePending(account, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", java.time.Instant.now());

        Integer readable = DATABASE.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM totp_credentials WHERE position(convert_to('JBSWY3DP', 'UTF8') in secret_encrypted) > 0")
                .mapTo(Integer.class).one());

        org.assertj.core.api.Assertions.assertThat(readable).isZero();
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
