package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
        assertThat(codes.countAttempt(account, SmsCodePurpose.ENABLE_SMS_MFA, NOW, 5).orElseThrow().failedAttempts()).isEqualTo(1);
        assertThat(codes.countAttempt(account, SmsCodePurpose.ENABLE_SMS_MFA, NOW, 5).orElseThrow().failedAttempts()).isEqualTo(2);

        PhoneNumber other = new PhoneNumber("+447700900123");
        codes.issue(account, SmsCodePurpose.ENABLE_SMS_MFA, other, TokenHash.of("2"), EXPIRY);

        assertThat(codes.pending(account, SmsCodePurpose.ENABLE_SMS_MFA, NOW)).hasValueSatisfying(code -> {
            assertThat(code.phone()).isEqualTo(other);
            assertThat(code.failedAttempts()).isZero();
        });
        assertThat(codes.use(account, SmsCodePurpose.ENABLE_SMS_MFA, TokenHash.of("1"), NOW)).isFalse();
    }

    @Test
    void tries_are_counted_until_they_are_used_up_and_not_for_a_used_or_expired_code() {
        codes.issue(account, SmsCodePurpose.MFA_LOGIN, PHONE, TokenHash.of("1"), EXPIRY);

        for (int i = 1; i <= 3; i++) {
            assertThat(codes.countAttempt(account, SmsCodePurpose.MFA_LOGIN, NOW, 3)).isPresent();
        }
        assertThat(codes.countAttempt(account, SmsCodePurpose.MFA_LOGIN, NOW, 3)).isEmpty();
        assertThat(codes.countAttempt(account, SmsCodePurpose.MFA_LOGIN, NOW, 5)).hasValueSatisfying(code ->
                assertThat(code.codeHash()).isEqualTo(TokenHash.of("1")));
        assertThat(codes.countAttempt(account, SmsCodePurpose.MFA_LOGIN, EXPIRY, 10)).isEmpty();
        codes.use(account, SmsCodePurpose.MFA_LOGIN, TokenHash.of("1"), NOW);
        assertThat(codes.countAttempt(account, SmsCodePurpose.MFA_LOGIN, NOW, 10)).isEmpty();
    }

    @Test
    void racing_tries_never_count_more_than_the_limit() throws Exception {
        codes.issue(account, SmsCodePurpose.MFA_LOGIN, PHONE, TokenHash.of("1"), EXPIRY);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tries.add(pool.submit(() -> {
                start.await();
                return codes.countAttempt(account, SmsCodePurpose.MFA_LOGIN, NOW, 5).isPresent();
            }));
        }
        start.countDown();
        int counted = 0;
        for (Future<Boolean> attempt : tries) {
            counted += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdownNow();

        assertThat(counted).isEqualTo(5);
        assertThat(codes.pending(account, SmsCodePurpose.MFA_LOGIN, NOW).orElseThrow().failedAttempts()).isEqualTo(5);
    }
}
