package org.tdah.assistant.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.testkit.InMemoryCore.ORIGIN;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.password.RequestPasswordReset;
import org.tdah.assistant.application.identity.password.ResetPassword;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.identity.tokens.RefreshSession;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.testkit.InMemoryCore;

class PasswordResetTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "a brand new passphrase";
    private static final String SUBJECT = "Reset your password";
    private final InMemoryCore fixture = new InMemoryCore();
    private Account sam;
    private IssuedTokens login;

    @BeforeEach
    void registerAndLogInSam() {
        sam = ((RegisterAccount.Result.Registered) fixture.core.identity().registerAccount().register(
                RegisterAccount.Command.of("sam@example.org", PASSWORD, "Sam"), ORIGIN)).account();
        login = ((LogIn.Result.LoggedIn) fixture.core.identity().logIn()
                .logIn(new LogIn.Command("sam@example.org", PASSWORD), ORIGIN)).tokens();
    }

    private RequestPasswordReset.Result forgot(String email) {
        return fixture.core.identity().requestPasswordReset().request(RequestPasswordReset.Command.of(email), ORIGIN);
    }

    private ResetPassword.Result reset(String token, String newPassword) {
        return fixture.core.identity().resetPassword().reset(new ResetPassword.Command(token, newPassword), ORIGIN);
    }

    private LogIn.Result logIn(String password) {
        return fixture.core.identity().logIn().logIn(new LogIn.Command("sam@example.org", password), ORIGIN);
    }

    @Test
    void an_unknown_email_gets_the_same_answer_and_no_email_is_sent() {
        int queuedBefore = fixture.emailsQueued().size();

        assertThat(forgot("nobody@example.org")).isEqualTo(new RequestPasswordReset.Result.Accepted());
        assertThat(forgot("sam@example.org")).isEqualTo(new RequestPasswordReset.Result.Accepted());

        assertThat(fixture.emailsQueued()).hasSize(queuedBefore + 1);
        assertThat(fixture.emailsQueued().get(queuedBefore).to().value()).isEqualTo("sam@example.org");
    }

    @Test
    void the_mailed_code_sets_a_new_password_ends_every_session_and_a_notice_is_mailed() {
        forgot("sam@example.org");
        String code = fixture.codeMailedTo("sam@example.org", SUBJECT);

        assertThat(reset(code, NEW_PASSWORD)).isEqualTo(new ResetPassword.Result.Reset(sam.id()));

        assertThat(fixture.core.identity().authenticateAccessToken().authenticate(login.accessToken().token())).isEmpty();
        assertThat(fixture.core.identity().refreshSession().refresh(new RefreshSession.Command(login.refreshToken()), ORIGIN))
                .isEqualTo(new RefreshSession.Result.Refused());
        assertThat(logIn(PASSWORD)).isEqualTo(new LogIn.Result.InvalidCredentials());
        assertThat(logIn(NEW_PASSWORD)).isInstanceOf(LogIn.Result.LoggedIn.class);
        assertThat(fixture.emailsQueued()).last().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("Your password was reset");
            assertThat(email.to().value()).isEqualTo("sam@example.org");
        });
        assertThat(fixture.securityEvents.ofAccount(sam.id(), 10)).extracting(SecurityEvent::type)
                .contains(SecurityEventType.PASSWORD_RESET, SecurityEventType.PASSWORD_RESET_REQUESTED);
    }

    @Test
    void the_code_works_once_and_only_for_an_hour() {
        forgot("sam@example.org");
        String code = fixture.codeMailedTo("sam@example.org", SUBJECT);
        reset(code, NEW_PASSWORD);

        assertThat(reset(code, "yet another passphrase")).isEqualTo(new ResetPassword.Result.InvalidToken());

        forgot("sam@example.org");
        String late = fixture.codeMailedTo("sam@example.org", SUBJECT);
        fixture.clock.advance(Duration.ofHours(1));
        assertThat(reset(late, "yet another passphrase")).isEqualTo(new ResetPassword.Result.InvalidToken());
    }

    @Test
    void a_refused_new_password_leaves_the_code_usable() {
        forgot("sam@example.org");
        String code = fixture.codeMailedTo("sam@example.org", SUBJECT);

        assertThat(reset(code, "short")).isEqualTo(
                new ResetPassword.Result.PasswordRejected(List.of("must be at least 12 characters long")));
        assertThat(reset(code, NEW_PASSWORD)).isEqualTo(new ResetPassword.Result.Reset(sam.id()));
    }

    @Test
    void a_new_request_makes_the_earlier_code_unusable() {
        forgot("sam@example.org");
        String first = fixture.codeMailedTo("sam@example.org", SUBJECT);
        forgot("sam@example.org");

        assertThat(reset(first, NEW_PASSWORD)).isEqualTo(new ResetPassword.Result.InvalidToken());
    }

    @Test
    void requests_for_one_email_are_limited_to_three_an_hour() {
        for (int i = 0; i < 3; i++) {
            assertThat(forgot("sam@example.org")).isEqualTo(new RequestPasswordReset.Result.Accepted());
        }

        assertThat(forgot("sam@example.org")).isInstanceOf(RequestPasswordReset.Result.RateLimited.class);
        assertThat(forgot("nobody@example.org")).as("the limit is per email").isEqualTo(new RequestPasswordReset.Result.Accepted());
    }

    @Test
    void a_reset_unlocks_an_account_locked_by_failed_logins() {
        for (int i = 0; i < 10; i++) {
            logIn("wrong password " + i);
            fixture.clock.advance(Duration.ofSeconds(70));
        }
        assertThat(logIn(PASSWORD)).isInstanceOf(LogIn.Result.Throttled.class);

        forgot("sam@example.org");
        reset(fixture.codeMailedTo("sam@example.org", SUBJECT), NEW_PASSWORD);

        assertThat(logIn(NEW_PASSWORD)).isInstanceOf(LogIn.Result.LoggedIn.class);
    }
}
