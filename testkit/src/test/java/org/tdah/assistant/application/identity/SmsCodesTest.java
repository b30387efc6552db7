package org.tdah.assistant.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tdah.assistant.testkit.InMemoryCore.ORIGIN;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.login.Reauthenticate;
import org.tdah.assistant.application.identity.login.SendSmsCode;
import org.tdah.assistant.application.identity.login.VerifySecondFactor;
import org.tdah.assistant.application.identity.phone.CodeConfirmation;
import org.tdah.assistant.application.identity.phone.CodeRequest;
import org.tdah.assistant.application.identity.phone.DisableSmsSecondFactor;
import org.tdah.assistant.application.identity.phone.PhoneCommand;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.identity.totp.StartTotpSetup;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.domain.identity.SecondFactorMethod;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.TotpPolicy;
import org.tdah.assistant.domain.shared.InvalidInputException;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.InMemoryCore;
import org.tdah.assistant.testkit.identity.ReferenceTotp;

/** Verifying a phone, SMS codes as a second factor, and logging in with one. */
class SmsCodesTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final PhoneNumber PHONE = new PhoneNumber("+33612345678");
    private final InMemoryCore fixture = new InMemoryCore();
    private String samToken;
    private Caller sam;

    @BeforeEach
    void samLogsIn() {
        samToken = register("sam@example.org");
        sam = authenticate(samToken);
    }

    private String register(String email) {
        fixture.core.identity().registerAccount().register(RegisterAccount.Command.of(email, PASSWORD, "Sam"), ORIGIN);
        return ((LogIn.Result.LoggedIn) logIn(email)).tokens().accessToken().token();
    }

    private Caller authenticate(String accessToken) {
        return fixture.core.identity().authenticateAccessToken().authenticate(accessToken).orElseThrow();
    }

    private LogIn.Result logIn(String email) {
        return fixture.core.identity().logIn().logIn(new LogIn.Command(email, PASSWORD), ORIGIN);
    }

    private CodeRequest setUpSms(Caller caller, String phone) {
        return fixture.core.identity().startSmsSecondFactor().start(caller, PhoneCommand.of(phone), ORIGIN);
    }

    private CodeConfirmation confirmSms(Caller caller, String code) {
        return fixture.core.identity().confirmSmsSecondFactor().confirm(caller, new TypedCode(code), ORIGIN);
    }

    private String lastCode() {
        return fixture.textMessages.lastCodeSentTo(PHONE);
    }

    private void samTurnsOnSmsCodes() {
        setUpSms(sam, "+33 6 12 34 56 78");
        assertThat(confirmSms(sam, lastCode())).isEqualTo(new CodeConfirmation.Verified(PHONE, true));
    }

    @Test
    void a_code_is_sent_to_the_number_and_turns_sms_codes_on_once_typed() {
        CodeRequest sent = setUpSms(sam, "+33 6 12 34 56 78");

        assertThat(sent).isEqualTo(new CodeRequest.Sent(PHONE, Duration.ofMinutes(10)));
        assertThat(fixture.textMessages.sent()).singleElement().satisfies(sms -> {
            assertThat(sms.to()).isEqualTo(PHONE);
            assertThat(sms.body()).matches("\\d{6} is your TDAH Assistant code.*");
            assertThat(sms.body().length()).as("one SMS segment").isLessThanOrEqualTo(160);
        });
        assertThat(fixture.core.identity().viewOwnAccount().view(sam).orElseThrow().mfaMethods()).isEmpty();

        assertThat(confirmSms(sam, lastCode())).isEqualTo(new CodeConfirmation.Verified(PHONE, true));

        assertThat(fixture.core.identity().viewOwnAccount().view(sam).orElseThrow().mfaMethods()).containsExactly(SecondFactorMethod.SMS);
        assertThat(fixture.phones.of(sam.accountId()).orElseThrow().number()).isEqualTo(PHONE);
        assertThat(fixture.emailsQueued()).last().satisfies(email -> assertThat(email.subject()).isEqualTo("Login codes by SMS are on"));
        assertThat(fixture.securityEvents.all()).extracting(SecurityEvent::type)
                .contains(SecurityEventType.SMS_CODE_SENT, SecurityEventType.PHONE_VERIFIED, SecurityEventType.SMS_MFA_ENABLED);
    }

    @Test
    void a_code_works_once_and_only_for_its_purpose() {
        fixture.core.identity().requestPhoneVerification().request(sam, PhoneCommand.of(PHONE.value()), ORIGIN);
        String code = lastCode();

        assertThat(confirmSms(sam, code)).as("sent to verify the phone, not to turn SMS codes on")
                .isEqualTo(new CodeConfirmation.NoUsableCode());
        assertThat(fixture.core.identity().verifyPhone().verify(sam, new TypedCode(code), ORIGIN))
                .isEqualTo(new CodeConfirmation.Verified(PHONE, false));
        assertThat(fixture.core.identity().verifyPhone().verify(sam, new TypedCode(code), ORIGIN))
                .isEqualTo(new CodeConfirmation.NoUsableCode());
        assertThat(fixture.core.identity().viewOwnAccount().view(sam).orElseThrow().mfaMethods())
                .as("a verified phone alone is no second factor").isEmpty();
    }

    @Test
    void a_code_expires_after_ten_minutes() {
        setUpSms(sam, PHONE.value());
        fixture.clock.advance(Duration.ofMinutes(10));

        assertThat(confirmSms(sam, lastCode())).isEqualTo(new CodeConfirmation.NoUsableCode());
    }

    @Test
    void five_wrong_tries_kill_the_code() {
        setUpSms(sam, PHONE.value());
        String right = lastCode();
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(confirmSms(sam, wrong)).isEqualTo(new CodeConfirmation.WrongCode());
        }

        assertThat(confirmSms(sam, right)).isEqualTo(new CodeConfirmation.NoUsableCode());
        assertThat(fixture.phones.of(sam.accountId())).isEmpty();
    }

    @Test
    void three_sends_per_quarter_hour_for_an_account_and_for_a_number() {
        for (int i = 0; i < 3; i++) {
            assertThat(setUpSms(sam, PHONE.value())).isInstanceOf(CodeRequest.Sent.class);
        }
        assertThat(setUpSms(sam, "+447700900123")).isInstanceOf(CodeRequest.Throttled.class);

        Caller alex = authenticate(register("alex@example.org"));
        assertThat(setUpSms(alex, PHONE.value())).as("the number had its three")
                .isInstanceOf(CodeRequest.Throttled.class);
        assertThat(fixture.textMessages.sent()).hasSize(3);

        fixture.clock.advance(Duration.ofMinutes(15));
        assertThat(setUpSms(alex, PHONE.value())).isInstanceOf(CodeRequest.Sent.class);
    }

    @Test
    void texts_are_counted_per_number_under_its_hash_so_the_counters_hold_no_phone_number() {
        setUpSms(sam, PHONE.value());

        assertThat(fixture.attempts.keys()).isNotEmpty().noneMatch(key -> key.contains(PHONE.value().substring(1)));
    }

    @Test
    void a_number_that_cannot_take_sms_is_said_so_and_a_bad_one_is_invalid_input() {
        PhoneNumber landline = new PhoneNumber("+15005550009");
        fixture.textMessages.refuse(landline, new SmsSendResult.InvalidNumber());

        setUpSms(sam, PHONE.value());
        String pending = lastCode();

        assertThat(setUpSms(sam, landline.value())).isEqualTo(new CodeRequest.CannotReceiveSms());
        assertThat(confirmSms(sam, pending)).as("the refused send left the earlier code usable")
                .isEqualTo(new CodeConfirmation.Verified(PHONE, true));
        assertThatThrownBy(() -> PhoneCommand.of("06 12 34 56 78")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_provider_down_fails_the_send_and_keeps_nothing_usable() {
        fixture.textMessages.setDown(true);

        assertThatThrownBy(() -> setUpSms(sam, PHONE.value())).isInstanceOf(DependencyUnavailableException.class);
        fixture.textMessages.setDown(false);
        assertThat(confirmSms(sam, "000001")).isEqualTo(new CodeConfirmation.NoUsableCode());
        assertThat(fixture.phones.of(sam.accountId())).isEmpty();
    }

    @Test
    void a_number_verified_by_one_account_is_refused_to_another() {
        samTurnsOnSmsCodes();
        Caller alex = authenticate(register("alex@example.org"));
        fixture.clock.advance(Duration.ofMinutes(15));
        setUpSms(alex, PHONE.value());

        assertThat(confirmSms(alex, lastCode())).isEqualTo(new CodeConfirmation.PhoneInUse());
    }

    @Test
    void replacing_a_verified_number_or_turning_sms_codes_off_needs_a_recent_authentication() {
        samTurnsOnSmsCodes();
        fixture.clock.advance(Duration.ofMinutes(6));
        sam = authenticate(samToken);

        assertThat(setUpSms(sam, "+447700900123")).isEqualTo(new CodeRequest.ReauthenticationRequired());
        assertThat(fixture.core.identity().disableSmsSecondFactor().disable(sam, ORIGIN)).isEqualTo(new DisableSmsSecondFactor.Result.ReauthenticationRequired());
        assertThat(setUpSms(sam, PHONE.value())).as("the same number again is no change")
                .isInstanceOf(CodeRequest.Sent.class);

        fixture.core.identity().reauthenticate().reauthenticate(sam, Reauthenticate.Command.of(PASSWORD, null, null), ORIGIN);
        sam = authenticate(samToken);

        assertThat(fixture.core.identity().disableSmsSecondFactor().disable(sam, ORIGIN)).isEqualTo(new DisableSmsSecondFactor.Result.Disabled());
        assertThat(fixture.core.identity().viewOwnAccount().view(sam).orElseThrow().mfaMethods()).isEmpty();
        assertThat(fixture.emailsQueued()).last().satisfies(email -> assertThat(email.subject()).isEqualTo("Login codes by SMS are off"));
    }

    @Test
    void a_login_with_sms_codes_on_asks_for_one_sends_it_on_request_and_accepts_it_once() {
        samTurnsOnSmsCodes();

        LogIn.Result.SecondFactorRequired required = (LogIn.Result.SecondFactorRequired) logIn("sam@example.org");
        assertThat(required.methods()).containsExactly(SecondFactorMethod.SMS);

        SendSmsCode.Result sent = fixture.core.identity().sendSmsCode().duringLogin(new SendSmsCode.Command(required.mfaToken()), ORIGIN);
        assertThat(sent).isEqualTo(new SendSmsCode.Result.Sent(PHONE, Duration.ofMinutes(10)));
        String code = lastCode();

        assertThat(verify(required.mfaToken(), "totp", code)).isEqualTo(new VerifySecondFactor.Result.WrongCode());
        assertThat(verify(required.mfaToken(), "sms", code)).isInstanceOf(VerifySecondFactor.Result.LoggedIn.class);

        LogIn.Result.SecondFactorRequired again = (LogIn.Result.SecondFactorRequired) logIn("sam@example.org");
        assertThat(verify(again.mfaToken(), "sms", code)).as("used up").isEqualTo(new VerifySecondFactor.Result.WrongCode());
        assertThat(fixture.core.identity().sendSmsCode().duringLogin(new SendSmsCode.Command("not-a-token"), ORIGIN))
                .isEqualTo(new SendSmsCode.Result.InvalidMfaToken());
    }

    @Test
    void a_texted_code_re_authenticates_but_a_login_code_does_not() {
        samTurnsOnSmsCodes();
        LogIn.Result.SecondFactorRequired login = (LogIn.Result.SecondFactorRequired) logIn("sam@example.org");
        fixture.core.identity().sendSmsCode().duringLogin(new SendSmsCode.Command(login.mfaToken()), ORIGIN);
        String loginCode = lastCode();

        assertThat(reauthenticateWithSms(loginCode)).isEqualTo(new Reauthenticate.Result.WrongCredentials());

        assertThat(fixture.core.identity().sendSmsCode().toReauthenticate(sam, ORIGIN)).isInstanceOf(SendSmsCode.Result.Sent.class);
        assertThat(reauthenticateWithSms(lastCode())).isEqualTo(new Reauthenticate.Result.Reauthenticated());
    }

    private Reauthenticate.Result reauthenticateWithSms(String code) {
        return fixture.core.identity().reauthenticate().reauthenticate(sam, Reauthenticate.Command.of(null, "sms", code), ORIGIN);
    }

    @Test
    void a_verified_phone_alone_sends_nothing_at_login() {
        fixture.core.identity().requestPhoneVerification().request(sam, PhoneCommand.of(PHONE.value()), ORIGIN);
        fixture.core.identity().verifyPhone().verify(sam, new TypedCode(lastCode()), ORIGIN);

        assertThat(logIn("sam@example.org")).isInstanceOf(LogIn.Result.LoggedIn.class);
        assertThat(fixture.textMessages.sent()).hasSize(1);
    }

    @Test
    void with_an_authenticator_app_too_sms_is_offered_after_it_never_first() {
        StartTotpSetup.Setup setup = ((StartTotpSetup.Result.Started) fixture.core.identity().startTotpSetup().start(sam)).setup();
        String totp = ReferenceTotp.code(setup.secret(), TotpPolicy.stepAt(fixture.clock.instant()));
        fixture.core.identity().confirmTotp().confirm(sam, new TypedCode(totp), ORIGIN);
        samTurnsOnSmsCodes();

        LogIn.Result.SecondFactorRequired required = (LogIn.Result.SecondFactorRequired) logIn("sam@example.org");

        assertThat(List.copyOf(required.methods())).containsExactly(SecondFactorMethod.TOTP, SecondFactorMethod.SMS, SecondFactorMethod.BACKUP_CODE);
    }

    private VerifySecondFactor.Result verify(String mfaToken, String method, String code) {
        return fixture.core.identity().verifySecondFactor().verify(VerifySecondFactor.Command.of(mfaToken, method, code), ORIGIN);
    }
}
