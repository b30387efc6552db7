package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.AccountState;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.SmsConsent;
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

    @Test
    void a_disabled_account_keeps_the_time_it_was_first_disabled_until_it_is_enabled() {
        Account account = newAccount("disabled@example.org");
        accounts.add(account);
        Instant first = Instant.parse("2026-12-01T09:00:00Z");

        assertThat(accounts.disable(account.id(), first)).isTrue();
        assertThat(accounts.disable(account.id(), first.plusSeconds(60))).isTrue();
        assertThat(accounts.withId(account.id()).orElseThrow().disabledAt()).isEqualTo(first);

        assertThat(accounts.enable(account.id())).isTrue();
        assertThat(accounts.withId(account.id()).orElseThrow().isDisabled()).isFalse();
        assertThat(accounts.disable(new AccountId("no-such-id"), first)).isFalse();
        assertThat(accounts.enable(new AccountId("no-such-id"))).isFalse();
    }

    @Test
    void a_consent_to_be_texted_keeps_its_first_time_and_source_until_it_is_withdrawn() {
        Account account = newAccount("consent@example.org");
        accounts.add(account);
        SmsConsent first = new SmsConsent(Instant.parse("2026-12-01T09:00:00Z"), SmsConsent.Source.SMS);

        assertThat(accounts.giveSmsConsent(account.id(), first)).isTrue();
        assertThat(accounts.giveSmsConsent(account.id(),
                new SmsConsent(Instant.parse("2026-12-02T09:00:00Z"), SmsConsent.Source.PROFILE))).isTrue();
        assertThat(accounts.withId(account.id()).orElseThrow().smsConsent()).isEqualTo(first);

        assertThat(accounts.withdrawSmsConsent(account.id())).isTrue();
        assertThat(accounts.withId(account.id()).orElseThrow().smsConsentGiven()).isEmpty();
        assertThat(accounts.giveSmsConsent(new AccountId("no-such-id"), first)).isFalse();
        assertThat(accounts.withdrawSmsConsent(new AccountId("no-such-id"))).isFalse();
    }

    @Test
    void a_search_matches_part_of_the_email_or_the_name_whatever_the_case() {
        Account ada = named(newAccount("ada@example.org"), "Ada Lovelace");
        Account grace = named(newAccount("grace@navy.example"), "Grace Hopper");
        Account percent = named(newAccount("percent@example.org"), "100% sure");
        accounts.add(ada);
        accounts.add(grace);
        accounts.add(percent);

        assertThat(ids(search("LOVE"))).containsExactly(ada.id());
        assertThat(ids(search("navy"))).containsExactly(grace.id());
        assertThat(ids(search("example"))).containsExactlyInAnyOrder(ada.id(), grace.id(), percent.id());
        assertThat(ids(search("0%"))).containsExactly(percent.id());
        assertThat(ids(search("a_a"))).isEmpty();
    }

    @Test
    void a_search_filters_by_a_held_role_and_by_state() {
        Account premium = newAccount("premium@example.org").withRoles(EnumSet.of(Role.USER, Role.PREMIUM));
        Account verified = newAccount("verified@example.org").withEmailVerified();
        Account unverified = newAccount("unverified@example.org");
        Account disabled = newAccount("disabled@example.org").withEmailVerified();
        for (Account account : List.of(premium, verified, unverified, disabled)) {
            accounts.add(account);
        }
        accounts.disable(disabled.id(), Instant.parse("2026-12-01T09:00:00Z"));

        assertThat(ids(accounts.search(new Accounts.Search(Optional.empty(), Optional.of(Role.PREMIUM), Optional.empty()),
                Optional.empty(), 10))).containsExactly(premium.id());
        assertThat(ids(accounts.search(new Accounts.Search(Optional.empty(), Optional.of(Role.USER), Optional.empty()),
                Optional.empty(), 10))).hasSize(4);
        assertThat(ids(byState(AccountState.ACTIVE))).containsExactly(verified.id());
        assertThat(ids(byState(AccountState.UNVERIFIED))).containsExactlyInAnyOrder(premium.id(), unverified.id());
        assertThat(ids(byState(AccountState.DISABLED))).containsExactly(disabled.id());
    }

    @Test
    void pages_of_a_search_follow_the_order_of_ids_without_gaps_or_duplicates() {
        List<AccountId> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Account account = newAccount("page" + i + "@example.org");
            accounts.add(account);
            added.add(account.id());
        }
        added.sort(Comparator.comparing(AccountId::value));

        List<Account> first = accounts.search(Accounts.Search.EVERYONE, Optional.empty(), 2);
        List<Account> second = accounts.search(Accounts.Search.EVERYONE, Optional.of(first.get(1).id()), 2);
        List<Account> last = accounts.search(Accounts.Search.EVERYONE, Optional.of(second.get(1).id()), 2);

        assertThat(ids(first)).containsExactly(added.get(0), added.get(1));
        assertThat(ids(second)).containsExactly(added.get(2), added.get(3));
        assertThat(ids(last)).containsExactly(added.get(4));
    }

    @Test
    void only_administrators_that_are_not_disabled_count_as_active_administrators() {
        Account first = newAccount("admin1@example.org").withRoles(EnumSet.of(Role.USER, Role.ADMINISTRATOR));
        Account second = newAccount("admin2@example.org").withRoles(EnumSet.of(Role.USER, Role.ADMINISTRATOR));
        accounts.add(first);
        accounts.add(second);
        accounts.add(newAccount("user@example.org"));
        assertThat(accounts.lockActiveAdministrators()).isEqualTo(2);

        accounts.disable(second.id(), Instant.parse("2026-12-01T09:00:00Z"));

        assertThat(accounts.lockActiveAdministrators()).isEqualTo(1);
    }

    private List<Account> search(String text) {
        return accounts.search(new Accounts.Search(Optional.of(text), Optional.empty(), Optional.empty()),
                Optional.empty(), 10);
    }

    private List<Account> byState(AccountState state) {
        return accounts.search(new Accounts.Search(Optional.empty(), Optional.empty(), Optional.of(state)),
                Optional.empty(), 10);
    }

    private static List<AccountId> ids(List<Account> found) {
        return found.stream().map(Account::id).toList();
    }

    private static Account named(Account account, String name) {
        return account.withProfile(new DisplayName(name), account.timezone(), account.language());
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
