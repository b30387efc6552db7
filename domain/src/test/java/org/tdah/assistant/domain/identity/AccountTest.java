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

    @Test
    void an_account_is_disabled_before_it_is_unverified_and_active_only_when_neither() {
        Account account = Account.register(new AccountId("a-1"), EmailAddress.parse("sam@example.org"),
                DisplayName.parse("Sam"), new PasswordHash("hash"), NOW);

        assertThat(account.state()).isEqualTo(AccountState.UNVERIFIED);
        assertThat(account.withEmailVerified().state()).isEqualTo(AccountState.ACTIVE);
        assertThat(account.disabledAt(NOW).state()).isEqualTo(AccountState.DISABLED);
        assertThat(account.withEmailVerified().disabledAt(NOW).state()).isEqualTo(AccountState.DISABLED);
        assertThat(account.disabledAt(NOW).disabledAt(NOW.plusSeconds(60)).disabledAt()).isEqualTo(NOW);
        assertThat(account.disabledAt(NOW).enabled().state()).isEqualTo(AccountState.UNVERIFIED);
    }

    @Test
    void only_an_administrator_who_is_not_disabled_is_an_active_administrator() {
        Account admin = Account.register(new AccountId("a-1"), EmailAddress.parse("root@example.org"),
                DisplayName.parse("Root"), new PasswordHash("hash"), NOW).withRoles(EnumSet.of(Role.USER, Role.ADMINISTRATOR));

        assertThat(admin.isActiveAdministrator()).isTrue();
        assertThat(admin.disabledAt(NOW).isActiveAdministrator()).isFalse();
        assertThat(admin.withRoles(EnumSet.of(Role.USER)).isActiveAdministrator()).isFalse();
    }

    @Test
    void a_consent_given_again_keeps_the_first_and_a_withdrawn_one_is_none() {
        Account account = Account.register(new AccountId("a-1"), EmailAddress.parse("sam@example.org"),
                DisplayName.parse("Sam"), new PasswordHash("hash"), NOW);
        SmsConsent first = new SmsConsent(NOW, SmsConsent.Source.SMS);

        Account consented = account.withSmsConsent(first)
                .withSmsConsent(new SmsConsent(NOW.plusSeconds(60), SmsConsent.Source.PROFILE));

        assertThat(consented.smsConsentGiven()).contains(first);
        assertThat(consented.withoutSmsConsent().smsConsentGiven()).isEmpty();
        assertThat(SmsConsent.Source.fromWireName("profile")).contains(SmsConsent.Source.PROFILE);
        assertThat(AccountState.fromWireName("asleep")).isEmpty();
    }
}
