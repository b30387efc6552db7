package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** What every implementation of {@link Phones} must do. */
public abstract class PhonesContract {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private Phones phones;
    private AccountId account;
    private PhoneNumber phone;

    protected abstract Phones newPhones();

    /** An account the phone may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpPhones() {
        phones = newPhones();
        account = anAccount();
        phone = aPhone();
    }

    /** A number no earlier test used: stores may be shared between tests. */
    public static PhoneNumber aPhone() {
        return new PhoneNumber("+336" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L)));
    }

    @Test
    void a_verified_phone_is_found_by_account_and_by_number() {
        assertThat(phones.saveVerified(account, phone, true, NOW)).isTrue();

        assertThat(phones.of(account)).hasValueSatisfying(verified -> {
            assertThat(verified.number()).isEqualTo(phone);
            assertThat(verified.smsSecondFactor()).isTrue();
            assertThat(verified.verifiedAt()).isEqualTo(NOW);
        });
        assertThat(phones.ownerOf(phone)).contains(account);
        assertThat(phones.ownerOf(aPhone())).isEmpty();
    }

    @Test
    void a_new_number_replaces_the_old_one_which_then_belongs_to_nobody() {
        phones.saveVerified(account, phone, false, NOW);
        PhoneNumber newer = aPhone();

        assertThat(phones.saveVerified(account, newer, false, NOW)).isTrue();

        assertThat(phones.of(account).orElseThrow().number()).isEqualTo(newer);
        assertThat(phones.ownerOf(phone)).isEmpty();
    }

    @Test
    void a_number_belongs_to_one_account_only() {
        phones.saveVerified(account, phone, false, NOW);
        AccountId other = anAccount();

        assertThat(phones.saveVerified(other, phone, false, NOW)).isFalse();

        assertThat(phones.of(other)).isEmpty();
        assertThat(phones.ownerOf(phone)).contains(account);
    }

    @Test
    void turning_sms_codes_off_keeps_the_phone_verified() {
        phones.saveVerified(account, phone, true, NOW);

        phones.disableSmsSecondFactor(account);

        assertThat(phones.of(account)).hasValueSatisfying(verified -> {
            assertThat(verified.number()).isEqualTo(phone);
            assertThat(verified.smsSecondFactor()).isFalse();
        });
    }
}
