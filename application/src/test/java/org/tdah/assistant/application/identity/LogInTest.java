package org.tdah.assistant.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.InMemoryCore;
import org.tdah.assistant.application.identity.LogIn.Result;
import org.tdah.assistant.application.identity.inmemory.FastInsecurePasswordHasher;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordHash;

class LogInTest {
    private final InMemoryCore fixture = new InMemoryCore();

    @BeforeEach
    void registerSam() {
        fixture.core.registerAccount().register(
                RegisterAccount.Command.of("sam@example.org", "correct horse battery staple", "Sam"));
    }

    @Test
    void the_right_password_gives_a_token_that_authenticates_the_account_for_fifteen_minutes() {
        Result result = fixture.core.logIn().logIn(new LogIn.Command("Sam@Example.org", "correct horse battery staple"));

        assertThat(result).isInstanceOf(Result.LoggedIn.class);
        IssuedAccessToken token = ((Result.LoggedIn) result).accessToken();
        assertThat(token.lifetime()).isEqualTo(Duration.ofMinutes(15));
        Caller caller = fixture.core.authenticateAccessToken().authenticate(token.token()).orElseThrow();
        assertThat(caller.roles()).containsExactly(Role.USER);
        assertThat(fixture.core.viewOwnAccount().view(caller).orElseThrow().displayName().value()).isEqualTo("Sam");
    }

    @Test
    void a_token_no_longer_authenticates_once_it_expired() {
        Result.LoggedIn loggedIn = (Result.LoggedIn)
                fixture.core.logIn().logIn(new LogIn.Command("sam@example.org", "correct horse battery staple"));

        fixture.clock.advance(Duration.ofMinutes(15));

        assertThat(fixture.core.authenticateAccessToken().authenticate(loggedIn.accessToken().token())).isEmpty();
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_answer() {
        Result wrongPassword = fixture.core.logIn().logIn(new LogIn.Command("sam@example.org", "wrong password here"));
        Result unknownEmail = fixture.core.logIn().logIn(new LogIn.Command("nobody@example.org", "correct horse battery staple"));
        Result notAnEmail = fixture.core.logIn().logIn(new LogIn.Command("nobody", "correct horse battery staple"));

        assertThat(wrongPassword).isEqualTo(new Result.InvalidCredentials());
        assertThat(unknownEmail).isEqualTo(wrongPassword);
        assertThat(notAnEmail).isEqualTo(wrongPassword);
    }

    @Test
    void an_unknown_email_costs_a_password_check_like_a_known_one() {
        AtomicInteger checks = new AtomicInteger();
        var countingHasher = new PasswordHasher() {
            @Override
            public PasswordHash hash(String password) {
                return fixture.passwordHasher.hash(password);
            }

            @Override
            public boolean matches(String password, PasswordHash hash) {
                checks.incrementAndGet();
                return fixture.passwordHasher.matches(password, hash);
            }

            @Override
            public boolean needsRehash(PasswordHash hash) {
                return false;
            }
        };
        LogIn logIn = new LogIn(fixture.accounts, countingHasher, fixture.accessTokens, fixture.ids, fixture.clock,
                Duration.ofMinutes(15));

        logIn.logIn(new LogIn.Command("nobody@example.org", "correct horse battery staple"));
        logIn.logIn(new LogIn.Command("sam@example.org", "wrong password here"));

        assertThat(checks).hasValue(2);
    }

    @Test
    void a_password_hashed_with_weaker_settings_is_rehashed_at_the_next_successful_login_only() {
        Account sam = fixture.accounts.withEmail(EmailAddress.parse("sam@example.org")).orElseThrow();
        PasswordHash legacy = new FastInsecurePasswordHasher(1).hash("correct horse battery staple");
        fixture.accounts.replacePasswordHash(sam.id(), legacy);

        fixture.core.logIn().logIn(new LogIn.Command("sam@example.org", "wrong password here"));
        assertThat(fixture.accounts.withId(sam.id()).orElseThrow().passwordHash()).isEqualTo(legacy);

        Result result = fixture.core.logIn().logIn(new LogIn.Command("sam@example.org", "correct horse battery staple"));
        PasswordHash rehashed = fixture.accounts.withId(sam.id()).orElseThrow().passwordHash();

        assertThat(result).isInstanceOf(Result.LoggedIn.class);
        assertThat(rehashed).isNotEqualTo(legacy);
        assertThat(fixture.passwordHasher.needsRehash(rehashed)).isFalse();
        assertThat(fixture.passwordHasher.matches("correct horse battery staple", rehashed)).isTrue();
    }

    @Test
    void garbage_tokens_authenticate_nobody() {
        assertThat(fixture.core.authenticateAccessToken().authenticate("garbage")).isEmpty();
        assertThat(fixture.core.authenticateAccessToken().authenticate("")).isEmpty();
        assertThat(fixture.core.authenticateAccessToken().authenticate(null)).isEmpty();
    }
}
