package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.port.Phones.VerifiedPhone;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * What every implementation of {@link SecondFactors} must do: report what the stores of each factor
 * (written through their own ports, on the same storage) hold.
 */
public abstract class SecondFactorsContract {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private AccountId account;

    protected abstract SecondFactors secondFactors();

    protected abstract TotpCredentials totpCredentials();

    protected abstract Phones phones();

    protected abstract BackupCodes backupCodes();

    /** An account the factors may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpAccount() {
        account = anAccount();
    }

    @Test
    void an_account_without_factors_has_none() {
        assertThat(secondFactors().of(account)).isEqualTo(SecondFactors.Status.NONE);
    }

    @Test
    void a_pending_authenticator_is_not_enabled_a_confirmed_one_is() {
        totpCredentials().savePending(account, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", NOW);
        assertThat(secondFactors().of(account).totpEnabled()).isFalse();

        totpCredentials().confirm(account, 42, NOW);
        assertThat(secondFactors().of(account).totpEnabled()).isTrue();
    }

    @Test
    void the_phone_and_the_unused_backup_codes_are_reported() {
        PhoneNumber number = PhonesContract.aPhone();
        phones().saveVerified(account, number, true, NOW);
        backupCodes().replace(account, List.of(TokenHash.of("A"), TokenHash.of("B"), TokenHash.of("C")), NOW);
        backupCodes().use(account, TokenHash.of("B"), NOW);

        SecondFactors.Status status = secondFactors().of(account);

        assertThat(status.phone()).isEqualTo(Optional.of(new VerifiedPhone(number, NOW, true)));
        assertThat(status.smsEnabled()).isTrue();
        assertThat(status.backupCodesRemaining()).isEqualTo(2);
        assertThat(secondFactors().of(anAccount())).as("another account's").isEqualTo(SecondFactors.Status.NONE);
    }
}
