package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SmsCodePurpose;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** What every implementation of {@link SmsCodes} must do. */
public abstract class SmsCodesContract {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final Instant EXPIRY = NOW.plus(Duration.ofMinutes(10));
    private static final PhoneNumber PHONE = new PhoneNumber("+33612345678");
    private SmsCodes codes;
    private AccountId account;

    protected abstract SmsCodes newSmsCodes();

    /** An account the codes may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpCodes() {
        codes = newSmsCodes();
        account = anAccount();
    }

    @Test
    void a_pending_code_is_used_once_and_only_with_its_hash() {
        codes.issue(account, SmsCodePurpose.VERIFY_PHONE, PHONE, TokenHash.of("1"), EXPIRY);

        assertThat(codes.pending(account, SmsCodePurpose.VERIFY_PHONE, NOW)).hasValueSatisfying(code -> {
            assertThat(code.phone()).isEqualTo(PHONE);
            assertThat(code.codeHash()).isEqualTo(TokenHash.of("1"));
            assertThat(code.failedAttempts()).isZero();
        });
        assertThat(codes.use(account, SmsCodePurpose.VERIFY_PHONE, TokenHash.of("2"), NOW)).isFalse();
        assertThat(codes.use(account, SmsCodePurpose.VERIFY_PHONE, TokenHash.of("1"), NOW)).isTrue();
        assertThat(codes.use(account, SmsCodePurpose.VERIFY_PHONE, TokenHash.of("1"), NOW)).isFalse();
        assertThat(codes.pending(account, SmsCodePurpose.VERIFY_PHONE, NOW)).isEmpty();
    }

    @Test
    void a_code_is_bound_to_its_purpose_and_account_and_expires() {
        codes.issue(account, SmsCodePurpose.MFA_LOGIN, PHONE, TokenHash.of("1"), EXPIRY);

        assertThat(codes.pending(account, SmsCodePurpose.VERIFY_PHONE, NOW)).isEmpty();
        assertThat(codes.pending(anAccount(), SmsCodePurpose.MFA_LOGIN, NOW)).isEmpty();
        assertThat(codes.pending(account, SmsCodePurpose.MFA_LOGIN, EXPIRY)).isEmpty();
        assertThat(codes.use(account, SmsCodePurpose.MFA_LOGIN, TokenHash.of("1"), EXPIRY)).isFalse();
    }

    @Test
    void a_new_code_replaces_the_earlier_one_and_its_failed_attempts() {
        codes.issue(account, SmsCodePurpose.ENABLE_SMS_MFA, PHONE, TokenHash.of("1"), EXPIRY);
        assertThat(codes.recordFailedAttempt(account, SmsCodePurpose.ENABLE_SMS_MFA)).isEqualTo(1);
        assertThat(codes.recordFailedAttempt(account, SmsCodePurpose.ENABLE_SMS_MFA)).isEqualTo(2);

        PhoneNumber other = new PhoneNumber("+447700900123");
        codes.issue(account, SmsCodePurpose.ENABLE_SMS_MFA, other, TokenHash.of("2"), EXPIRY);

        assertThat(codes.pending(account, SmsCodePurpose.ENABLE_SMS_MFA, NOW)).hasValueSatisfying(code -> {
            assertThat(code.phone()).isEqualTo(other);
            assertThat(code.failedAttempts()).isZero();
        });
        assertThat(codes.use(account, SmsCodePurpose.ENABLE_SMS_MFA, TokenHash.of("1"), NOW)).isFalse();
    }
}
