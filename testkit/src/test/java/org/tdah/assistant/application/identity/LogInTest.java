package org.tdah.assistant.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.testkit.InMemoryCore.ORIGIN;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.login.LogIn.Result;
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.testkit.InMemoryCore;
import org.tdah.assistant.testkit.identity.FastInsecurePasswordHasher;

class LogInTest {
    private static final String PASSWORD = "correct horse battery staple";
    private final InMemoryCore fixture = new InMemoryCore();
    private Account sam;

    @BeforeEach
    void registerSam() {
        sam = ((RegisterAccount.Result.Registered) fixture.core.identity().registerAccount().register(
                RegisterAccount.Command.of("sam@example.org", PASSWORD, "Sam"), ORIGIN)).account();
    }

    private Result logIn(String email, String password) {
        return fixture.core.identity().logIn().logIn(new LogIn.Command(email, password), ORIGIN);
    }

    @Test
    void the_right_password_starts_a_session_whose_access_token_authenticates_for_fifteen_minutes() {
        Result result = logIn("Sam@Example.org", PASSWORD);

        assertThat(result).isInstanceOf(Result.LoggedIn.class);
        IssuedTokens tokens = ((Result.LoggedIn) result).tokens();
        assertThat(tokens.accessToken().lifetime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(fixture.sessions.touch(tokens.session(), fixture.clock.instant())).isPresent();
        Caller caller = fixture.core.identity().authenticateAccessToken().authenticate(tokens.accessToken().token()).orElseThrow();
        assertThat(caller.session()).isEqualTo(tokens.session());
        assertThat(caller.roles()).containsExactly(Role.USER);
        assertThat(fixture.core.identity().viewOwnAccount().view(caller).orElseThrow().account().displayName().value()).isEqualTo("Sam");
        assertThat(fixture.securityEvents.ofAccount(sam.id(), 1))
                .extracting(SecurityEvent::type).containsExactly(SecurityEventType.LOGIN_SUCCEEDED);
    }

    @Test
    void an_unverified_account_can_log_in() {
        assertThat(sam.emailVerified()).isFalse();
        assertThat(logIn("sam@example.org", PASSWORD)).isInstanceOf(Result.LoggedIn.class);
    }

    @Test
    void a_token_no_longer_authenticates_once_it_expired() {
        Result.LoggedIn loggedIn = (Result.LoggedIn) logIn("sam@example.org", PASSWORD);

        fixture.clock.advance(Duration.ofMinutes(15));

        assertThat(fixture.core.identity().authenticateAccessToken().authenticate(loggedIn.tokens().accessToken().token())).isEmpty();
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_answer_and_are_recorded() {
        Result wrongPassword = logIn("sam@example.org", "wrong password here");
        Result unknownEmail = logIn("nobody@example.org", PASSWORD);
        Result notAnEmail = logIn("nobody", PASSWORD);

        assertThat(wrongPassword).isEqualTo(new Result.InvalidCredentials());
        assertThat(unknownEmail).isEqualTo(wrongPassword);
        assertThat(notAnEmail).isEqualTo(wrongPassword);
        assertThat(fixture.securityEvents.ofAccount(sam.id(), 1))
                .extracting(SecurityEvent::type).containsExactly(SecurityEventType.LOGIN_FAILED);
        assertThat(fixture.securityEvents.all()).filteredOn(event -> event.account() == null)
                .extracting(SecurityEvent::type).contains(SecurityEventType.LOGIN_FAILED);
    }

    @Test
    void an_unknown_email_costs_a_password_check_like_a_known_one() {
        AtomicInteger checks = new AtomicInteger();
        FastInsecurePasswordHasher real = new FastInsecurePasswordHasher();
        InMemoryCore counted = new InMemoryCore(new PasswordHasher() {
            @Override
            public PasswordHash hash(String password) {
                return real.hash(password);
            }

            @Override
            public boolean matches(String password, PasswordHash hash) {
                checks.incrementAndGet();
                return real.matches(password, hash);
            }

            @Override
            public boolean needsRehash(PasswordHash hash) {
                return false;
            }
        });
        counted.core.identity().registerAccount().register(RegisterAccount.Command.of("sam@example.org", PASSWORD, "Sam"), ORIGIN);

        counted.core.identity().logIn().logIn(new LogIn.Command("nobody@example.org", PASSWORD), ORIGIN);
        counted.core.identity().logIn().logIn(new LogIn.Command("sam@example.org", "wrong password here"), ORIGIN);

        assertThat(checks).hasValue(2);
    }

    @Test
    void a_password_hashed_with_weaker_settings_is_rehashed_at_the_next_successful_login_only() {
        PasswordHash legacy = new FastInsecurePasswordHasher(1).hash(PASSWORD);
        fixture.accounts.replacePasswordHash(sam.id(), legacy);

        logIn("sam@example.org", "wrong password here");
        assertThat(fixture.accounts.withId(sam.id()).orElseThrow().passwordHash()).isEqualTo(legacy);

        Result result = logIn("sam@example.org", PASSWORD);
        PasswordHash rehashed = fixture.accounts.withId(sam.id()).orElseThrow().passwordHash();

        assertThat(result).isInstanceOf(Result.LoggedIn.class);
        assertThat(rehashed).isNotEqualTo(legacy);
        assertThat(fixture.passwordHasher.needsRehash(rehashed)).isFalse();
        assertThat(fixture.passwordHasher.matches(PASSWORD, rehashed)).isTrue();
    }

    @Test
    void after_three_failures_the_next_attempt_must_wait_and_the_wait_grows() {
        for (int i = 0; i < 3; i++) {
            logIn("sam@example.org", "wrong password " + i);
        }

        assertThat(logIn("sam@example.org", PASSWORD)).isEqualTo(new Result.Throttled(Duration.ofSeconds(1)));

        fixture.clock.advance(Duration.ofSeconds(1));
        assertThat(logIn("sam@example.org", "wrong password again")).isEqualTo(new Result.InvalidCredentials());
        assertThat(logIn("sam@example.org", PASSWORD)).isEqualTo(new Result.Throttled(Duration.ofSeconds(2)));
    }

    @Test
    void sixty_racing_wrong_passwords_reach_the_password_check_only_as_often_as_the_backoff_allows() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Result>> results = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String guess = "wrong password " + i;
            results.add(pool.submit(() -> {
                start.await();
                return logIn("sam@example.org", guess);
            }));
        }
        start.countDown();
        int checked = 0;
        for (Future<Result> result : results) {
            checked += result.get(30, TimeUnit.SECONDS) instanceof Result.InvalidCredentials ? 1 : 0;
        }
        pool.shutdownNow();

        assertThat(checked).as("password checks with the clock standing still").isEqualTo(3);
        assertThat(logIn("sam@example.org", PASSWORD)).isEqualTo(new Result.Throttled(Duration.ofSeconds(1)));
    }

    @Test
    void a_right_password_counted_in_advance_is_taken_back_and_never_throttles() {
        for (int i = 0; i < 25; i++) {
            assertThat(logIn("sam@example.org", PASSWORD)).isInstanceOf(Result.LoggedIn.class);
        }
    }

    @Test
    void ten_failures_in_fifteen_minutes_lock_the_account_even_for_the_right_password_until_the_window_ends() {
        for (int i = 0; i < 10; i++) {
            assertThat(logIn("sam@example.org", "wrong password " + i)).isEqualTo(new Result.InvalidCredentials());
            fixture.clock.advance(Duration.ofSeconds(70));
        }

        Result locked = logIn("sam@example.org", PASSWORD);
        Result lockedWrong = logIn("sam@example.org", "wrong again here");

        assertThat(locked).isInstanceOf(Result.Throttled.class);
        assertThat(lockedWrong).isEqualTo(locked);
        assertThat(fixture.securityEvents.ofAccount(sam.id(), 20)).extracting(SecurityEvent::type)
                .contains(SecurityEventType.ACCOUNT_LOCKED);

        fixture.clock.advance(((Result.Throttled) locked).retryAfter());
        assertThat(logIn("sam@example.org", PASSWORD)).isInstanceOf(Result.LoggedIn.class);
    }

    @Test
    void failures_against_one_account_do_not_lock_another_from_a_different_address() {
        for (int i = 0; i < 10; i++) {
            logIn("sam@example.org", "wrong password " + i);
            fixture.clock.advance(Duration.ofSeconds(70));
        }
        fixture.core.identity().registerAccount().register(RegisterAccount.Command.of("alex@example.org", PASSWORD, "Alex"), ORIGIN);

        Result alex = fixture.core.identity().logIn().logIn(new LogIn.Command("alex@example.org", PASSWORD),
                new RequestOrigin("198.51.100.9", null, null));

        assertThat(alex).isInstanceOf(Result.LoggedIn.class);
    }

    @Test
    void a_success_clears_the_failures_so_an_occasional_typo_never_adds_up() {
        logIn("sam@example.org", "typo one here");
        logIn("sam@example.org", "typo two here");
        logIn("sam@example.org", PASSWORD);
        logIn("sam@example.org", "typo three here");

        assertThat(logIn("sam@example.org", PASSWORD)).isInstanceOf(Result.LoggedIn.class);
    }

    @Test
    void garbage_tokens_authenticate_nobody() {
        assertThat(fixture.core.identity().authenticateAccessToken().authenticate("garbage")).isEmpty();
        assertThat(fixture.core.identity().authenticateAccessToken().authenticate("")).isEmpty();
        assertThat(fixture.core.identity().authenticateAccessToken().authenticate(null)).isEmpty();
    }

    @Test
    void the_email_of_an_account_is_found_whatever_its_case() {
        assertThat(fixture.accounts.withEmail(EmailAddress.parse("SAM@example.org"))).isPresent();
    }
}
