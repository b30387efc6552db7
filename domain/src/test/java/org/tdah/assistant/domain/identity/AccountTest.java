package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.access.Role;

class AccountTest {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    void a_registered_account_is_a_plain_user_with_an_unverified_email() {
        Account account = Account.register(new AccountId("a-1"), EmailAddress.parse("sam@example.org"),
                DisplayName.parse("Sam"), new PasswordHash("hash"), NOW);

        assertThat(account.roles()).containsExactly(Role.USER);
        assertThat(account.emailVerified()).isFalse();
        assertThat(account.createdAt()).isEqualTo(NOW);
        assertThat(account.timezone()).isEqualTo(Timezone.UTC);
        assertThat(account.language()).isEqualTo(Language.EN);
    }

    @Test
    void an_account_without_the_user_role_cannot_exist() {
        assertThatThrownBy(() -> new Account(new AccountId("a-1"), EmailAddress.parse("sam@example.org"),
                DisplayName.parse("Sam"), new PasswordHash("hash"), EnumSet.of(Role.ADMINISTRATOR), false, NOW,
                Timezone.UTC, Language.EN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_password_hash_never_shows_in_the_account_text() {
        Account account = Account.register(new AccountId("a-1"), EmailAddress.parse("sam@example.org"),
                DisplayName.parse("Sam"), new PasswordHash("$2a$12$secret"), NOW);

        assertThat(account.toString()).doesNotContain("$2a$12$secret");
    }
}
