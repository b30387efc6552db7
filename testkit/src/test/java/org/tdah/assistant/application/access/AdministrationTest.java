package org.tdah.assistant.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.access.administration.DisableAccount;
import org.tdah.assistant.application.access.administration.EnableAccount;
import org.tdah.assistant.application.access.administration.ResetSecondFactors;
import org.tdah.assistant.application.access.administration.SearchAccounts;
import org.tdah.assistant.application.access.administration.ViewAccount;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.IdentityCore;
import org.tdah.assistant.application.identity.IssuedTokens;
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.identity.registration.CreateFirstAdministrator;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.identity.tokens.RefreshSession;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.AccountState;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.shared.PageLimit;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.InMemoryCore;
import org.tdah.assistant.testkit.identity.FastInsecurePasswordHasher;

/** The administration of accounts, run against the in-memory adapters. */
class AdministrationTest {
    private static final String PASSWORD = "correct horse battery staple";
    private final InMemoryCore fixture = new InMemoryCore();
    private IdentityCore identity;
    private AccessCore access;
    private AccountId adminId;
    private AccountId samId;

    @BeforeEach
    void createAnAdministratorAndSam() {
        identity = fixture.core.identity();
        access = fixture.core.access();
        CreateFirstAdministrator.Result created = identity.createFirstAdministrator()
                .create(CreateFirstAdministrator.Command.of("root@example.org", PASSWORD));
        adminId = ((CreateFirstAdministrator.Result.Created) created).account().id();
        RegisterAccount.Result registered = identity.registerAccount()
                .register(RegisterAccount.Command.of("sam@example.org", PASSWORD, "Sam"), InMemoryCore.ORIGIN);
        samId = ((RegisterAccount.Result.Registered) registered).account().id();
    }

    private LogIn.Result logIn(String email) {
        return identity.logIn().logIn(new LogIn.Command(email, PASSWORD), InMemoryCore.ORIGIN);
    }

    private Caller caller(String email) {
        IssuedTokens tokens = ((LogIn.Result.LoggedIn) logIn(email)).tokens();
        return identity.authenticateAccessToken().authenticate(tokens.accessToken().token()).orElseThrow();
    }

    @Test
    void the_first_administrator_is_verified_holds_the_role_and_is_created_once() {
        Account admin = fixture.accounts.withId(adminId).orElseThrow();
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMINISTRATOR);
        assertThat(admin.emailVerified()).isTrue();
        assertThat(fixture.securityEvents.ofAccount(adminId, 10)).extracting(event -> event.type())
                .contains(SecurityEventType.ADMINISTRATOR_CREATED);

        assertThat(identity.createFirstAdministrator().create(CreateFirstAdministrator.Command.of("other@example.org",
                PASSWORD))).isEqualTo(new CreateFirstAdministrator.Result.AdministratorPresent());
        assertThat(fixture.accounts.withEmail(EmailAddress.parse("other@example.org"))).isEmpty();
    }

    @Test
    void an_existing_account_with_the_address_is_never_promoted_and_a_weak_password_is_refused() {
        InMemoryCore empty = new InMemoryCore();
        empty.core.identity().registerAccount()
                .register(RegisterAccount.Command.of("taken@example.org", PASSWORD, "Taken"), InMemoryCore.ORIGIN);

        CreateFirstAdministrator.Result taken = empty.core.identity().createFirstAdministrator()
                .create(CreateFirstAdministrator.Command.of("taken@example.org", PASSWORD));
        CreateFirstAdministrator.Result weak = empty.core.identity().createFirstAdministrator()
                .create(CreateFirstAdministrator.Command.of("new@example.org", "short"));

        assertThat(taken).isInstanceOf(CreateFirstAdministrator.Result.EmailTaken.class);
        assertThat(empty.accounts.withEmail(EmailAddress.parse("taken@example.org")).orElseThrow().roles())
                .containsExactly(Role.USER);
        assertThat(weak).isInstanceOf(CreateFirstAdministrator.Result.PasswordRejected.class);
        assertThat(empty.accounts.withEmail(EmailAddress.parse("new@example.org"))).isEmpty();
    }

    @Test
    void a_disabled_account_is_logged_out_and_its_right_password_answers_as_a_wrong_one() {
        Caller admin = caller("root@example.org");
        IssuedTokens sam = ((LogIn.Result.LoggedIn) logIn("sam@example.org")).tokens();

        DisableAccount.Result result = access.disableAccount().disable(admin, samId, InMemoryCore.ORIGIN);

        assertThat(result).isInstanceOf(DisableAccount.Result.Disabled.class);
        assertThat(((DisableAccount.Result.Disabled) result).account().state()).isEqualTo(AccountState.DISABLED);
        assertThat(fixture.sessions.ofAccount(samId, fixture.clock.instant())).isEmpty();
        assertThat(identity.authenticateAccessToken().authenticate(sam.accessToken().token())).isEmpty();
        assertThat(identity.refreshSession().refresh(new RefreshSession.Command(sam.refreshToken()), InMemoryCore.ORIGIN))
                .isEqualTo(new RefreshSession.Result.Refused());
        assertThat(logIn("sam@example.org")).isEqualTo(new LogIn.Result.InvalidCredentials());
        assertThat(fixture.securityEvents.ofAccount(samId, 10))
                .anySatisfy(event -> {
                    assertThat(event.type()).isEqualTo(SecurityEventType.ACCOUNT_DISABLED);
                    assertThat(event.actor()).isEqualTo(admin.accountId());
                });

        assertThat(access.enableAccount().enable(admin, samId, InMemoryCore.ORIGIN))
                .isInstanceOf(EnableAccount.Result.Enabled.class);
        assertThat(logIn("sam@example.org")).isInstanceOf(LogIn.Result.LoggedIn.class);
    }

    @Test
    void nobody_disables_themselves_nor_the_last_active_administrator() {
        Caller admin = caller("root@example.org");
        fixture.accounts.replaceRoles(samId, EnumSet.of(Role.USER, Role.ADMINISTRATOR));
        fixture.accounts.markEmailVerified(samId);
        Caller sam = caller("sam@example.org");

        assertThat(access.disableAccount().disable(admin, adminId, InMemoryCore.ORIGIN))
                .isEqualTo(new DisableAccount.Result.OwnAccount());
        assertThat(access.disableAccount().disable(admin, samId, InMemoryCore.ORIGIN))
                .isInstanceOf(DisableAccount.Result.Disabled.class);
        // sam's token still says administrator, but sam is disabled: root is the last active one.
        assertThat(access.disableAccount().disable(sam, adminId, InMemoryCore.ORIGIN))
                .isEqualTo(new DisableAccount.Result.LastAdministrator());
        assertThat(fixture.accounts.withId(adminId).orElseThrow().isDisabled()).isFalse();
    }

    @Test
    void a_plain_user_may_not_administer_and_an_unknown_account_is_not_found() {
        Caller sam = caller("sam@example.org");
        Caller admin = caller("root@example.org");
        AccountId nobody = new AccountId("nobody");

        assertThat(access.disableAccount().disable(sam, adminId, InMemoryCore.ORIGIN))
                .isEqualTo(new DisableAccount.Result.NotAllowed());
        assertThat(access.viewAccount().view(sam, adminId)).isEqualTo(new ViewAccount.Result.NotAllowed());
        assertThat(access.searchAccounts().search(sam, Accounts.Search.EVERYONE, Optional.empty(), PageLimit.of(null)))
                .isEqualTo(new SearchAccounts.Result.NotAllowed());
        assertThat(access.viewAccount().view(admin, nobody)).isEqualTo(new ViewAccount.Result.NoSuchAccount());
        assertThat(access.disableAccount().disable(admin, nobody, InMemoryCore.ORIGIN))
                .isEqualTo(new DisableAccount.Result.NoSuchAccount());
        assertThat(access.enableAccount().enable(admin, nobody, InMemoryCore.ORIGIN))
                .isEqualTo(new EnableAccount.Result.NoSuchAccount());
        assertThat(access.resetSecondFactors().reset(admin, nobody, InMemoryCore.ORIGIN))
                .isEqualTo(new ResetSecondFactors.Result.NoSuchAccount());
    }

    @Test
    void a_reset_removes_every_second_factor_logs_out_tells_the_person_and_is_audited() {
        Caller admin = caller("root@example.org");
        fixture.totpCredentials.savePending(samId, "secret", fixture.clock.instant());
        fixture.totpCredentials.confirm(samId, 1, fixture.clock.instant());
        fixture.backupCodes.replace(samId, List.of(TokenHash.of("code-1"), TokenHash.of("code-2")), fixture.clock.instant());
        fixture.phones.saveVerified(samId, new PhoneNumber("+33612345678"), true, fixture.clock.instant());
        assertThat(((ViewAccount.Result.Found) access.viewAccount().view(admin, samId)).details().totpEnabled()).isTrue();

        assertThat(access.resetSecondFactors().reset(admin, samId, InMemoryCore.ORIGIN))
                .isEqualTo(new ResetSecondFactors.Result.Reset());

        ViewAccount.AccountDetails details = ((ViewAccount.Result.Found) access.viewAccount().view(admin, samId)).details();
        assertThat(details.totpEnabled()).isFalse();
        assertThat(details.smsEnabled()).isFalse();
        assertThat(details.backupCodesRemaining()).isZero();
        assertThat(fixture.phones.of(samId)).isPresent();
        assertThat(fixture.emailsQueued()).extracting(EmailMessage::subject).contains("Your two-step login was reset");
        assertThat(fixture.securityEvents.ofAccount(samId, 10)).extracting(event -> event.type())
                .contains(SecurityEventType.SECOND_FACTORS_RESET);
        assertThat(access.resetSecondFactors().reset(admin, adminId, InMemoryCore.ORIGIN))
                .isEqualTo(new ResetSecondFactors.Result.OwnAccount());
    }

    @Test
    void a_search_pages_through_the_matches_without_gaps_or_duplicates() {
        Caller admin = caller("root@example.org");
        for (int i = 0; i < 4; i++) {
            identity.registerAccount().register(RegisterAccount.Command.of("page" + i + "@example.org", PASSWORD,
                    "Page " + i), InMemoryCore.ORIGIN);
        }
        Accounts.Search pages = new Accounts.Search(Optional.of("PAGE"), Optional.empty(), Optional.empty());

        SearchAccounts.AccountPage first = found(access.searchAccounts().search(admin, pages, Optional.empty(),
                new PageLimit(3)));
        SearchAccounts.AccountPage second = found(access.searchAccounts().search(admin, pages, first.next(),
                new PageLimit(3)));

        assertThat(first.items()).hasSize(3);
        assertThat(first.next()).isPresent();
        assertThat(second.items()).hasSize(1);
        assertThat(second.next()).isEmpty();
        assertThat(first.items()).doesNotContainAnyElementsOf(second.items());
    }

    private static SearchAccounts.AccountPage found(SearchAccounts.Result result) {
        return ((SearchAccounts.Result.Found) result).page();
    }

    @Test
    void a_disabled_accounts_login_checks_the_password_as_a_wrong_password_does() {
        CountingHasher hasher = new CountingHasher();
        InMemoryCore counted = new InMemoryCore(hasher);
        counted.core.identity().createFirstAdministrator()
                .create(CreateFirstAdministrator.Command.of("root@example.org", PASSWORD));
        counted.core.identity().registerAccount()
                .register(RegisterAccount.Command.of("sam@example.org", PASSWORD, "Sam"), InMemoryCore.ORIGIN);
        AccountId sam = counted.accounts.withEmail(EmailAddress.parse("sam@example.org")).orElseThrow().id();
        counted.accounts.disable(sam, counted.clock.instant());

        int before = hasher.checks;
        LogIn.Result disabled = counted.core.identity().logIn()
                .logIn(new LogIn.Command("sam@example.org", PASSWORD), InMemoryCore.ORIGIN);
        int disabledChecks = hasher.checks - before;
        before = hasher.checks;
        LogIn.Result wrong = counted.core.identity().logIn()
                .logIn(new LogIn.Command("root@example.org", "not the password at all"), InMemoryCore.ORIGIN);

        assertThat(disabled).isEqualTo(wrong).isEqualTo(new LogIn.Result.InvalidCredentials());
        assertThat(disabledChecks).isEqualTo(1).isEqualTo(hasher.checks - before);
    }

    /** The test hasher, counting its password checks. */
    private static final class CountingHasher implements PasswordHasher {
        private final FastInsecurePasswordHasher hasher = new FastInsecurePasswordHasher();
        private int checks;

        @Override
        public PasswordHash hash(String password) {
            return hasher.hash(password);
        }

        @Override
        public boolean matches(String password, PasswordHash hash) {
            checks++;
            return hasher.matches(password, hash);
        }

        @Override
        public boolean needsRehash(PasswordHash hash) {
            return hasher.needsRehash(hash);
        }
    }
}
