package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.port.TotpCredentials.TotpCredential;
import org.tdah.assistant.domain.identity.AccountId;

/** What every implementation of {@link TotpCredentials} must do. */
public abstract class TotpCredentialsContract {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private TotpCredentials credentials;
    private AccountId account;

    protected abstract TotpCredentials newCredentials();

    /** An account the secret may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpCredentials() {
        credentials = newCredentials();
        account = anAccount();
    }

    @Test
    void a_pending_secret_comes_back_unconfirmed_and_a_new_setup_replaces_it() {
        assertThat(credentials.savePending(account, SECRET, NOW)).isTrue();
        assertThat(credentials.of(account)).contains(new TotpCredential(SECRET, false, Long.MIN_VALUE));

        assertThat(credentials.savePending(account, "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU", NOW)).isTrue();
        assertThat(credentials.of(account).orElseThrow().secret()).isEqualTo("KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU");
    }

    @Test
    void a_confirmed_secret_is_not_replaced_by_a_new_setup() {
        credentials.savePending(account, SECRET, NOW);
        assertThat(credentials.confirm(account, 1000, NOW)).isTrue();

        assertThat(credentials.savePending(account, "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU", NOW)).isFalse();
        assertThat(credentials.of(account)).contains(new TotpCredential(SECRET, true, 1000));
        assertThat(credentials.confirm(account, 1001, NOW)).isFalse();
    }

    @Test
    void a_step_is_used_once_and_never_an_earlier_one() {
        credentials.savePending(account, SECRET, NOW);
        credentials.confirm(account, 1000, NOW);

        assertThat(credentials.useStep(account, 1000)).isFalse();
        assertThat(credentials.useStep(account, 1002)).isTrue();
        assertThat(credentials.useStep(account, 1001)).isFalse();
        assertThat(credentials.useStep(account, 1002)).isFalse();
        assertThat(credentials.of(account).orElseThrow().lastUsedStep()).isEqualTo(1002);
    }

    @Test
    void a_removed_secret_is_gone_and_an_unknown_account_has_none() {
        credentials.savePending(account, SECRET, NOW);
        credentials.confirm(account, 1000, NOW);

        credentials.remove(account);

        assertThat(credentials.of(account)).isEmpty();
        assertThat(credentials.useStep(account, 2000)).isFalse();
        assertThat(credentials.of(anAccount())).isEmpty();
    }
}
