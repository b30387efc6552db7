package org.tdah.assistant.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.testkit.InMemoryCore.ORIGIN;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.password.ChangePassword;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.identity.tokens.RefreshSession;
import org.tdah.assistant.testkit.InMemoryCore;

class ChangePasswordTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "a brand new passphrase";
    private final InMemoryCore fixture = new InMemoryCore();
    private IssuedTokens laptop;
    private IssuedTokens phone;

    @BeforeEach
    void samLogsInTwice() {
        fixture.core.identity().registerAccount().register(RegisterAccount.Command.of("sam@example.org", PASSWORD, "Sam"), ORIGIN);
        laptop = logIn(PASSWORD);
        phone = logIn(PASSWORD);
    }

    private IssuedTokens logIn(String password) {
        return ((LogIn.Result.LoggedIn) fixture.core.identity().logIn()
                .logIn(new LogIn.Command("sam@example.org", password), ORIGIN)).tokens();
    }

    private Caller caller(IssuedTokens tokens) {
        return fixture.core.identity().authenticateAccessToken().authenticate(tokens.accessToken().token()).orElseThrow();
    }

    @Test
    void a_change_keeps_the_current_session_ends_the_others_and_mails_a_notice() {
        ChangePassword.Result result = fixture.core.identity().changePassword()
                .change(caller(laptop), new ChangePassword.Command(PASSWORD, NEW_PASSWORD), ORIGIN);

        assertThat(result).isEqualTo(new ChangePassword.Result.Changed());
        assertThat(fixture.core.identity().authenticateAccessToken().authenticate(laptop.accessToken().token())).isPresent();
        assertThat(fixture.core.identity().authenticateAccessToken().authenticate(phone.accessToken().token())).isEmpty();
        assertThat(fixture.core.identity().refreshSession().refresh(new RefreshSession.Command(phone.refreshToken()), ORIGIN))
                .isEqualTo(new RefreshSession.Result.Refused());
        assertThat(fixture.core.identity().refreshSession().refresh(new RefreshSession.Command(laptop.refreshToken()), ORIGIN))
                .isInstanceOf(RefreshSession.Result.Refreshed.class);
        assertThat(logIn(NEW_PASSWORD)).isNotNull();
        assertThat(fixture.emailsQueued()).last()
                .satisfies(email -> assertThat(email.subject()).isEqualTo("Your password was changed"));
    }

    @Test
    void a_wrong_current_password_changes_nothing_and_counts_as_a_failed_login() {
        for (int i = 0; i < 3; i++) {
            assertThat(fixture.core.identity().changePassword()
                    .change(caller(laptop), new ChangePassword.Command("not my password " + i, NEW_PASSWORD), ORIGIN))
                    .isEqualTo(new ChangePassword.Result.WrongCurrentPassword());
        }

        assertThat(fixture.core.identity().changePassword()
                .change(caller(laptop), new ChangePassword.Command(PASSWORD, NEW_PASSWORD), ORIGIN))
                .isInstanceOf(ChangePassword.Result.Throttled.class);
        assertThat(fixture.core.identity().authenticateAccessToken().authenticate(phone.accessToken().token())).isPresent();
    }

    @Test
    void the_new_password_must_follow_the_policy() {
        assertThat(fixture.core.identity().changePassword()
                .change(caller(laptop), new ChangePassword.Command(PASSWORD, "sam password"), ORIGIN))
                .isInstanceOf(ChangePassword.Result.PasswordRejected.class);
    }
}
