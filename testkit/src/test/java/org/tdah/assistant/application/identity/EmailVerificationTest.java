package org.tdah.assistant.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.testkit.InMemoryCore.ORIGIN;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.identity.registration.ResendVerificationEmail;
import org.tdah.assistant.application.identity.registration.VerifyEmail;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.testkit.InMemoryCore;

class EmailVerificationTest {
    private static final String SUBJECT = "Confirm your email address";
    private final InMemoryCore fixture = new InMemoryCore();
    private Account sam;
    private Caller samCaller;

    @BeforeEach
    void registerAndLogInSam() {
        sam = ((RegisterAccount.Result.Registered) fixture.core.identity().registerAccount().register(
                RegisterAccount.Command.of("sam@example.org", "correct horse battery staple", "Sam"), ORIGIN)).account();
        LogIn.Result.LoggedIn loggedIn = (LogIn.Result.LoggedIn) fixture.core.identity().logIn()
                .logIn(new LogIn.Command("sam@example.org", "correct horse battery staple"), ORIGIN);
        samCaller = fixture.core.identity().authenticateAccessToken().authenticate(loggedIn.tokens().accessToken().token()).orElseThrow();
    }

    private VerifyEmail.Result verify(String token) {
        return fixture.core.identity().verifyEmail().verify(new VerifyEmail.Command(token), ORIGIN);
    }

    @Test
    void the_mailed_code_verifies_the_address_once() {
        String code = fixture.codeMailedTo("sam@example.org", SUBJECT);

        assertThat(verify(code)).isEqualTo(new VerifyEmail.Result.Verified(sam.id()));
        assertThat(fixture.accounts.withId(sam.id()).orElseThrow().emailVerified()).isTrue();
        assertThat(verify(code)).isEqualTo(new VerifyEmail.Result.InvalidToken());
        assertThat(fixture.securityEvents.ofAccount(sam.id(), 1))
                .extracting(SecurityEvent::type).containsExactly(SecurityEventType.EMAIL_VERIFIED);
    }

    @Test
    void the_code_expires_after_24_hours() {
        String code = fixture.codeMailedTo("sam@example.org", SUBJECT);

        fixture.clock.advance(Duration.ofHours(24));

        assertThat(verify(code)).isEqualTo(new VerifyEmail.Result.InvalidToken());
        assertThat(fixture.accounts.withId(sam.id()).orElseThrow().emailVerified()).isFalse();
    }

    @Test
    void an_unknown_code_verifies_nothing() {
        assertThat(verify("not-a-code")).isEqualTo(new VerifyEmail.Result.InvalidToken());
    }

    @Test
    void a_resent_code_replaces_the_earlier_one() {
        String first = fixture.codeMailedTo("sam@example.org", SUBJECT);

        assertThat(fixture.core.identity().resendVerificationEmail().resend(samCaller, ORIGIN))
                .isEqualTo(new ResendVerificationEmail.Result.Sent());
        String second = fixture.codeMailedTo("sam@example.org", SUBJECT);

        assertThat(second).isNotEqualTo(first);
        assertThat(verify(first)).isEqualTo(new VerifyEmail.Result.InvalidToken());
        assertThat(verify(second)).isEqualTo(new VerifyEmail.Result.Verified(sam.id()));
        assertThat(fixture.core.identity().resendVerificationEmail().resend(samCaller, ORIGIN))
                .isEqualTo(new ResendVerificationEmail.Result.AlreadyVerified());
    }

    @Test
    void resending_is_limited_to_three_an_hour() {
        for (int i = 0; i < 3; i++) {
            assertThat(fixture.core.identity().resendVerificationEmail().resend(samCaller, ORIGIN))
                    .isEqualTo(new ResendVerificationEmail.Result.Sent());
        }

        assertThat(fixture.core.identity().resendVerificationEmail().resend(samCaller, ORIGIN))
                .isInstanceOf(ResendVerificationEmail.Result.RateLimited.class);

        fixture.clock.advance(Duration.ofHours(1));
        assertThat(fixture.core.identity().resendVerificationEmail().resend(samCaller, ORIGIN))
                .isEqualTo(new ResendVerificationEmail.Result.Sent());
    }
}
