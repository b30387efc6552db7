package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.Timezone;

/**
 * What every implementation of {@link Accounts} must do. Each adapter's test extends this class,
 * so the in-memory adapter and the PostgreSQL adapter are held to the same behaviour.
 */
public abstract class AccountsContract {

    private Accounts accounts;

    /** A new, empty store for each test. */
    protected abstract Accounts newAccounts();

    @BeforeEach
    void setUpAccounts() {
        accounts = newAccounts();
    }

    @Test
    void an_added_account_is_found_by_its_id_and_by_its_email_with_every_field_intact() {
        Account account = new Account(
                new AccountId(UUID.randomUUID().toString()),
                EmailAddress.parse("Ada.Lovelace@Example.org"),
                new DisplayName("Ada Lovelace ✨"),
                new PasswordHash("$2a$12$abcdefghijklmnopqrstuu5GyW0gQ0qAqzjBjmQjXJ3w1mTW4Z1e"),
                EnumSet.of(Role.USER, Role.PREMIUM),
                true,
                Instant.parse("2026-11-26T10:15:30.123456Z"),
                new Timezone("Europe/Paris"),
                Language.FR);

        assertThat(accounts.add(account)).isTrue();

        assertThat(accounts.withId(account.id())).contains(account);
        assertThat(accounts.withEmail(EmailAddress.parse("ada.lovelace@example.org"))).contains(account);
    }

    @Test
    void a_second_account_with_the_same_email_is_refused_and_the_first_is_kept() {
        Account first = newAccount("same@example.org");
        Account second = newAccount("same@example.org");

        assertThat(accounts.add(first)).isTrue();
        assertThat(accounts.add(second)).isFalse();

        assertThat(accounts.withEmail(first.email())).contains(first);
        assertThat(accounts.withId(second.id())).isEmpty();
    }

    @Test
    void unknown_ids_and_emails_find_nothing() {
        accounts.add(newAccount("known@example.org"));

        assertThat(accounts.withId(new AccountId("no-such-id"))).isEmpty();
        assertThat(accounts.withEmail(EmailAddress.parse("unknown@example.org"))).isEmpty();
    }

    @Test
    void a_replaced_password_hash_is_the_one_found_afterwards() {
        Account account = newAccount("rehash@example.org");
        accounts.add(account);

        assertThat(accounts.replacePasswordHash(account.id(), new PasswordHash("new-hash"))).isTrue();

        assertThat(accounts.withId(account.id()).orElseThrow().passwordHash()).isEqualTo(new PasswordHash("new-hash"));
        assertThat(accounts.withEmail(account.email()).orElseThrow().passwordHash()).isEqualTo(new PasswordHash("new-hash"));
    }

    @Test
    void replacing_the_password_hash_of_an_unknown_account_changes_nothing() {
        assertThat(accounts.replacePasswordHash(new AccountId("no-such-id"), new PasswordHash("new-hash"))).isFalse();
    }

    @Test
    void an_account_marked_verified_stays_verified_and_keeps_everything_else() {
        Account account = newAccount("verify@example.org");
        accounts.add(account);

        assertThat(accounts.markEmailVerified(account.id())).isTrue();

        assertThat(accounts.withId(account.id())).contains(account.withEmailVerified());
        assertThat(accounts.markEmailVerified(new AccountId("no-such-id"))).isFalse();
    }

    @Test
    void a_new_account_is_in_utc_and_english_until_its_profile_is_updated() {
        Account account = newAccount("profile@example.org");
        accounts.add(account);
        assertThat(accounts.withId(account.id()).orElseThrow().timezone()).isEqualTo(Timezone.UTC);
        assertThat(accounts.withId(account.id()).orElseThrow().language()).isEqualTo(Language.EN);

        assertThat(accounts.updateProfile(account.id(), new DisplayName("Sam"), new Timezone("America/New_York"),
                Language.FR)).isTrue();

        Account updated = accounts.withId(account.id()).orElseThrow();
        assertThat(updated).isEqualTo(account.withProfile(new DisplayName("Sam"), new Timezone("America/New_York"),
                Language.FR));
        assertThat(accounts.withEmail(account.email())).contains(updated);
    }

    @Test
    void the_profile_of_an_unknown_account_is_not_updated() {
        assertThat(accounts.updateProfile(new AccountId("no-such-id"), new DisplayName("Sam"), Timezone.UTC,
                Language.EN)).isFalse();
    }

    private static Account newAccount(String email) {
        return Account.register(
                new AccountId(UUID.randomUUID().toString()),
                EmailAddress.parse(email),
                new DisplayName("Someone"),
                new PasswordHash("hash-" + email),
                Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
}
