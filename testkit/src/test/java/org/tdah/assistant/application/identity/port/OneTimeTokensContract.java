package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;

/** What every implementation of {@link OneTimeTokens} must do. */
public abstract class OneTimeTokensContract {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private OneTimeTokens tokens;
    private AccountId account;

    protected abstract OneTimeTokens newOneTimeTokens();

    /**
     * An account the tokens may belong to; adapters whose store checks that accounts exist
     * override it to create one.
     */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpTokens() {
        tokens = newOneTimeTokens();
        account = anAccount();
    }

    private static TokenHash hash() {
        return TokenHash.of(UUID.randomUUID().toString());
    }

    @Test
    void a_token_is_usable_for_its_purpose_until_it_is_used_once() {
        TokenHash token = hash();
        tokens.add(token, TokenPurpose.EMAIL_VERIFICATION, account, NOW.plus(Duration.ofHours(24)));

        assertThat(tokens.findUsable(token, TokenPurpose.EMAIL_VERIFICATION, NOW)).contains(account);
        assertThat(tokens.findUsable(token, TokenPurpose.PASSWORD_RESET, NOW)).isEmpty();
        assertThat(tokens.use(token, TokenPurpose.PASSWORD_RESET, NOW)).isFalse();

        assertThat(tokens.use(token, TokenPurpose.EMAIL_VERIFICATION, NOW)).isTrue();
        assertThat(tokens.use(token, TokenPurpose.EMAIL_VERIFICATION, NOW)).isFalse();
        assertThat(tokens.findUsable(token, TokenPurpose.EMAIL_VERIFICATION, NOW)).isEmpty();
    }

    @Test
    void a_token_is_not_usable_from_its_expiry_on() {
        TokenHash token = hash();
        Instant expiry = NOW.plus(Duration.ofHours(1));
        tokens.add(token, TokenPurpose.PASSWORD_RESET, account, expiry);

        assertThat(tokens.findUsable(token, TokenPurpose.PASSWORD_RESET, expiry.minusSeconds(1))).contains(account);
        assertThat(tokens.findUsable(token, TokenPurpose.PASSWORD_RESET, expiry)).isEmpty();
        assertThat(tokens.use(token, TokenPurpose.PASSWORD_RESET, expiry)).isFalse();
    }

    @Test
    void revoking_an_accounts_tokens_of_a_purpose_leaves_its_other_tokens_and_other_accounts_alone() {
        TokenHash reset = hash();
        TokenHash verification = hash();
        TokenHash someoneElses = hash();
        AccountId other = anAccount();
        tokens.add(reset, TokenPurpose.PASSWORD_RESET, account, NOW.plus(Duration.ofHours(1)));
        tokens.add(verification, TokenPurpose.EMAIL_VERIFICATION, account, NOW.plus(Duration.ofHours(1)));
        tokens.add(someoneElses, TokenPurpose.PASSWORD_RESET, other, NOW.plus(Duration.ofHours(1)));

        tokens.revokeAll(account, TokenPurpose.PASSWORD_RESET, NOW);

        assertThat(tokens.findUsable(reset, TokenPurpose.PASSWORD_RESET, NOW)).isEmpty();
        assertThat(tokens.findUsable(verification, TokenPurpose.EMAIL_VERIFICATION, NOW)).contains(account);
        assertThat(tokens.findUsable(someoneElses, TokenPurpose.PASSWORD_RESET, NOW)).contains(other);
    }

    @Test
    void an_unknown_token_is_not_usable() {
        assertThat(tokens.findUsable(hash(), TokenPurpose.EMAIL_VERIFICATION, NOW)).isEmpty();
        assertThat(tokens.use(hash(), TokenPurpose.EMAIL_VERIFICATION, NOW)).isFalse();
    }
}
