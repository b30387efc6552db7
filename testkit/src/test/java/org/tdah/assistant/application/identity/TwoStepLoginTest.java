package org.tdah.assistant.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.testkit.InMemoryCore.ORIGIN;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.login.Reauthenticate;
import org.tdah.assistant.application.identity.login.VerifySecondFactor;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.identity.totp.ConfirmTotp;
import org.tdah.assistant.application.identity.totp.DisableTotp;
import org.tdah.assistant.application.identity.totp.RegenerateBackupCodes;
import org.tdah.assistant.application.identity.totp.StartTotpSetup;
import org.tdah.assistant.domain.identity.SecondFactorMethod;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.TotpPolicy;
import org.tdah.assistant.testkit.InMemoryCore;
import org.tdah.assistant.testkit.identity.ReferenceTotp;

class TwoStepLoginTest {
    private static final String PASSWORD = "correct horse battery staple";
    private final InMemoryCore fixture = new InMemoryCore();
    private Caller sam;
    private String secret;
    private List<String> backupCodes;

    @BeforeEach
    void samTurnsOnTwoStepLogin() {
        fixture.core.identity().registerAccount().register(RegisterAccount.Command.of("sam@example.org", PASSWORD, "Sam"), ORIGIN);
        sam = caller(((LogIn.Result.LoggedIn) logIn(PASSWORD)).tokens());
        StartTotpSetup.Setup setup = ((StartTotpSetup.Result.Started) fixture.core.identity().startTotpSetup().start(sam)).setup();
        secret = setup.secret();
        assertThat(setup.otpauthUri()).startsWith("otpauth://totp/TDAH%20Assistant:sam%40example.org?secret=" + secret)
                .contains("issuer=TDAH%20Assistant", "digits=6", "period=30");
        assertThat(fixture.core.identity().confirmTotp().confirm(sam, new TypedCode("000000"), ORIGIN))
                .as("a wrong first code does not turn it on").isIn(new ConfirmTotp.Result.WrongCode(), codeWasRight());
        fixture.clock.advance(Duration.ofSeconds(30));
        ConfirmTotp.Result confirmed = fixture.core.identity().confirmTotp().confirm(sam, new TypedCode(currentCode()), ORIGIN);
        backupCodes = ((ConfirmTotp.Result.Enabled) confirmed).backupCodes();
    }

    private ConfirmTotp.Result codeWasRight() {
        return new ConfirmTotp.Result.WrongCode();
    }

    private String currentCode() {
        return ReferenceTotp.code(secret, TotpPolicy.stepAt(fixture.clock.instant()));
    }

    private LogIn.Result logIn(String password) {
        return fixture.core.identity().logIn().logIn(new LogIn.Command("sam@example.org", password), ORIGIN);
    }

    private Caller caller(IssuedTokens tokens) {
        return fixture.core.identity().authenticateAccessToken().authenticate(tokens.accessToken().token()).orElseThrow();
    }

    private VerifySecondFactor.Result verify(String mfaToken, String method, String code) {
        return fixture.core.identity().verifySecondFactor().verify(VerifySecondFactor.Command.of(mfaToken, method, code), ORIGIN);
    }

    private String mfaToken() {
        return ((LogIn.Result.SecondFactorRequired) logIn(PASSWORD)).mfaToken();
    }

    @Test
    void the_sign_in_figures_hear_each_login_answer_and_each_code_checked_with_its_factor() {
        fixture.clock.advance(Duration.ofSeconds(30));
        String token = mfaToken();
        verify(token, "totp", "000000".equals(currentCode()) ? "000001" : "000000");
        verify(token, "totp", currentCode());

        assertThat(fixture.signInFigures.told()).containsExactly("login:success", "login:second_factor_required",
                "totp:refused", "totp:accepted");
    }

    @Test
    void turning_it_on_gives_ten_backup_codes_and_a_notice_by_email() {
        assertThat(backupCodes).hasSize(10).allMatch(code -> code.matches("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}"));
        assertThat(backupCodes).doesNotHaveDuplicates();
        assertThat(fixture.emailsQueued()).last().satisfies(email -> assertThat(email.subject()).isEqualTo("Two-step login is on"));
        assertThat(fixture.core.identity().viewOwnAccount().view(sam).orElseThrow().mfaMethods())
                .containsExactlyInAnyOrder(SecondFactorMethod.TOTP, SecondFactorMethod.BACKUP_CODE);
        assertThat(fixture.securityEvents.all()).extracting(SecurityEvent::type).contains(SecurityEventType.TOTP_ENABLED);
    }

    @Test
    void the_right_password_alone_gives_an_mfa_token_and_no_session() {
        LogIn.Result result = logIn(PASSWORD);

        assertThat(result).isInstanceOfSatisfying(LogIn.Result.SecondFactorRequired.class, required -> {
            assertThat(required.mfaToken()).isNotBlank();
            assertThat(required.methods()).isEqualTo(Set.of(SecondFactorMethod.TOTP, SecondFactorMethod.BACKUP_CODE));
        });
        assertThat(logIn("wrong password here")).isEqualTo(new LogIn.Result.InvalidCredentials());
    }

    @Test
    void a_code_from_the_app_completes_the_login_and_can_never_be_used_again() {
        fixture.clock.advance(Duration.ofSeconds(30));
        String code = currentCode();

        assertThat(verify(mfaToken(), "totp", code)).isInstanceOf(VerifySecondFactor.Result.LoggedIn.class);
        assertThat(verify(mfaToken(), "totp", code)).as("replayed").isEqualTo(new VerifySecondFactor.Result.WrongCode());
        fixture.clock.advance(Duration.ofSeconds(30));
        assertThat(verify(mfaToken(), "totp", currentCode())).isInstanceOf(VerifySecondFactor.Result.LoggedIn.class);
    }

    @Test
    void a_code_typed_in_two_groups_as_apps_show_it_is_accepted() {
        fixture.clock.advance(Duration.ofSeconds(30));
        String code = currentCode();

        assertThat(verify(mfaToken(), "totp", code.substring(0, 3) + " " + code.substring(3)))
                .isInstanceOf(VerifySecondFactor.Result.LoggedIn.class);
    }

    @Test
    void a_code_of_the_previous_or_next_step_is_accepted_but_not_two_steps_away() {
        fixture.clock.advance(Duration.ofSeconds(90));
        long now = TotpPolicy.stepAt(fixture.clock.instant());

        assertThat(verify(mfaToken(), "totp", ReferenceTotp.code(secret, now + 2))).isEqualTo(new VerifySecondFactor.Result.WrongCode());
        assertThat(verify(mfaToken(), "totp", ReferenceTotp.code(secret, now - 1))).isInstanceOf(VerifySecondFactor.Result.LoggedIn.class);
        assertThat(verify(mfaToken(), "totp", ReferenceTotp.code(secret, now + 1))).isInstanceOf(VerifySecondFactor.Result.LoggedIn.class);
        assertThat(verify(mfaToken(), "totp", ReferenceTotp.code(secret, now))).as("earlier than the last used step")
                .isEqualTo(new VerifySecondFactor.Result.WrongCode());
    }

    @Test
    void a_backup_code_works_once_typed_any_way() {
        String code = backupCodes.get(3);

        assertThat(verify(mfaToken(), "backup_code", code.toLowerCase().replace("-", " "))).isInstanceOf(VerifySecondFactor.Result.LoggedIn.class);
        assertThat(verify(mfaToken(), "backup_code", code)).isEqualTo(new VerifySecondFactor.Result.WrongCode());
        assertThat(fixture.core.identity().viewOwnAccount().view(sam).orElseThrow().backupCodesRemaining()).isEqualTo(9);
    }

    @Test
    void an_mfa_token_is_single_use_lives_five_minutes_and_dies_after_five_wrong_codes() {
        String used = mfaToken();
        fixture.clock.advance(Duration.ofSeconds(30));
        verify(used, "totp", currentCode());
        assertThat(verify(used, "backup_code", backupCodes.get(0))).isEqualTo(new VerifySecondFactor.Result.InvalidMfaToken());

        String late = mfaToken();
        fixture.clock.advance(Duration.ofMinutes(5));
        assertThat(verify(late, "backup_code", backupCodes.get(0))).isEqualTo(new VerifySecondFactor.Result.InvalidMfaToken());

        String guessed = mfaToken();
        for (int i = 0; i < 5; i++) {
            fixture.clock.advance(Duration.ofSeconds(40));
            assertThat(verify(guessed, "totp", "00000" + i)).isEqualTo(new VerifySecondFactor.Result.WrongCode());
        }
        assertThat(verify(guessed, "backup_code", backupCodes.get(0))).isEqualTo(new VerifySecondFactor.Result.InvalidMfaToken());
    }

    @Test
    void wrong_second_factor_codes_count_toward_the_lock_of_the_account() {
        List<String> tokens = List.of(mfaToken(), mfaToken(), mfaToken(), mfaToken());
        for (int i = 0; i < 3; i++) {
            verify(tokens.get(i), "totp", "12345" + i);
        }

        assertThat(verify(tokens.get(3), "backup_code", backupCodes.get(0))).isInstanceOf(VerifySecondFactor.Result.Throttled.class);
        assertThat(logIn(PASSWORD)).as("the right password does not clear the count").isInstanceOf(LogIn.Result.Throttled.class);
    }

    @Test
    void turning_it_off_needs_a_recent_authentication() {
        IssuedTokens tokens = ((VerifySecondFactor.Result.LoggedIn) verify(mfaToken(), "backup_code", backupCodes.get(0))).tokens();
        fixture.clock.advance(Duration.ofMinutes(6));
        Caller stale = caller(tokens);

        assertThat(fixture.core.identity().disableTotp().disable(stale, ORIGIN)).isEqualTo(new DisableTotp.Result.ReauthenticationRequired());
        assertThat(fixture.core.identity().regenerateBackupCodes().regenerate(stale, ORIGIN))
                .isEqualTo(new RegenerateBackupCodes.Result.ReauthenticationRequired());
        assertThat(fixture.core.identity().reauthenticate().reauthenticate(stale, Reauthenticate.Command.of("not the password", null, null), ORIGIN))
                .isEqualTo(new Reauthenticate.Result.WrongCredentials());
        fixture.clock.advance(Duration.ofSeconds(2));
        assertThat(fixture.core.identity().reauthenticate().reauthenticate(stale, Reauthenticate.Command.of(PASSWORD, null, null), ORIGIN))
                .isEqualTo(new Reauthenticate.Result.Reauthenticated());

        assertThat(fixture.core.identity().disableTotp().disable(caller(tokens), ORIGIN)).isEqualTo(new DisableTotp.Result.Disabled());
        assertThat(logIn(PASSWORD)).isInstanceOf(LogIn.Result.LoggedIn.class);
        assertThat(fixture.emailsQueued()).last().satisfies(email -> assertThat(email.subject()).isEqualTo("Two-step login is off"));
    }

    @Test
    void a_second_factor_code_also_re_authenticates() {
        IssuedTokens tokens = ((VerifySecondFactor.Result.LoggedIn) verify(mfaToken(), "backup_code", backupCodes.get(0))).tokens();
        fixture.clock.advance(Duration.ofMinutes(6));

        assertThat(fixture.core.identity().reauthenticate().reauthenticate(caller(tokens),
                Reauthenticate.Command.of(null, "totp", currentCode()), ORIGIN)).isEqualTo(new Reauthenticate.Result.Reauthenticated());
        assertThat(fixture.core.identity().regenerateBackupCodes().regenerate(caller(tokens), ORIGIN))
                .isInstanceOf(RegenerateBackupCodes.Result.Issued.class);
    }

    @Test
    void new_backup_codes_void_the_old_ones() {
        List<String> fresh = ((RegenerateBackupCodes.Result.Issued) fixture.core.identity().regenerateBackupCodes()
                .regenerate(sam, ORIGIN)).backupCodes();

        assertThat(verify(mfaToken(), "backup_code", backupCodes.get(0))).isEqualTo(new VerifySecondFactor.Result.WrongCode());
        fixture.clock.advance(Duration.ofSeconds(2));
        assertThat(verify(mfaToken(), "backup_code", fresh.get(0))).isInstanceOf(VerifySecondFactor.Result.LoggedIn.class);
    }

    @Test
    void a_second_setup_once_it_is_on_is_refused() {
        assertThat(fixture.core.identity().startTotpSetup().start(sam)).isEqualTo(new StartTotpSetup.Result.AlreadyEnabled());
        assertThat(fixture.core.identity().showPendingTotpSetup().otpauthUri(sam)).isEmpty();
    }
}
