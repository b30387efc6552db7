package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.TokenHash;

/** What every implementation of {@link BackupCodes} must do. */
public abstract class BackupCodesContract {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private BackupCodes codes;
    private AccountId account;

    protected abstract BackupCodes newBackupCodes();

    /** An account the codes may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpCodes() {
        codes = newBackupCodes();
        account = anAccount();
    }

    @Test
    void each_code_is_used_once_and_the_remaining_ones_are_counted() {
        codes.replace(account, List.of(TokenHash.of("A"), TokenHash.of("B")), NOW);

        assertThat(codes.remaining(account)).isEqualTo(2);
        assertThat(codes.use(account, TokenHash.of("A"), NOW)).isTrue();
        assertThat(codes.use(account, TokenHash.of("A"), NOW)).isFalse();
        assertThat(codes.use(account, TokenHash.of("C"), NOW)).isFalse();
        assertThat(codes.remaining(account)).isEqualTo(1);
    }

    @Test
    void new_codes_void_the_old_ones_used_or_not() {
        codes.replace(account, List.of(TokenHash.of("A"), TokenHash.of("B")), NOW);
        codes.use(account, TokenHash.of("A"), NOW);

        codes.replace(account, List.of(TokenHash.of("C")), NOW);

        assertThat(codes.use(account, TokenHash.of("B"), NOW)).isFalse();
        assertThat(codes.remaining(account)).isEqualTo(1);
        assertThat(codes.use(account, TokenHash.of("C"), NOW)).isTrue();
    }

    @Test
    void another_accounts_codes_do_not_work_and_removed_codes_are_gone() {
        AccountId other = anAccount();
        codes.replace(account, List.of(TokenHash.of("A")), NOW);
        codes.replace(other, List.of(TokenHash.of("B")), NOW);

        assertThat(codes.use(account, TokenHash.of("B"), NOW)).isFalse();
        codes.removeAll(other);
        assertThat(codes.remaining(other)).isZero();
        assertThat(codes.remaining(account)).isEqualTo(1);
    }
}
