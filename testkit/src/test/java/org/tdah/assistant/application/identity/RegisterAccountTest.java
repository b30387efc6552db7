package org.tdah.assistant.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tdah.assistant.testkit.InMemoryCore.ORIGIN;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.registration.RegisterAccount.Command;
import org.tdah.assistant.application.identity.registration.RegisterAccount.Result;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.shared.RateLimiter;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.domain.shared.FieldError;
import org.tdah.assistant.domain.shared.InvalidInputException;
import org.tdah.assistant.testkit.InMemoryCore;

class RegisterAccountTest {
    private final InMemoryCore fixture = new InMemoryCore();
    private final RegisterAccount registerAccount = fixture.core.identity().registerAccount();

    @Test
    void a_new_person_gets_an_unverified_user_account_with_a_hashed_password() {
        Result result = registerAccount.register(
                Command.of("  Sam@Example.org ", "correct horse battery staple", "Sam"), ORIGIN);

        assertThat(result).isInstanceOf(Result.Registered.class);
        Account account = ((Result.Registered) result).account();
        assertThat(account.email()).isEqualTo(EmailAddress.parse("sam@example.org"));
        assertThat(account.roles()).containsExactly(Role.USER);
        assertThat(account.emailVerified()).isFalse();
        assertThat(account.createdAt()).isEqualTo(fixture.clock.instant());
        assertThat(account.passwordHash().encoded()).doesNotContain("correct horse");
        assertThat(fixture.passwordHasher.matches("correct horse battery staple", account.passwordHash())).isTrue();
        assertThat(fixture.accounts.withEmail(account.email())).contains(account);
    }

    @Test
    void registration_queues_an_email_with_a_verification_code_and_records_the_event() {
        Account account = ((Result.Registered) registerAccount.register(
                Command.of("sam@example.org", "correct horse battery staple", "Sam"), ORIGIN)).account();

        assertThat(fixture.emailsQueued()).singleElement().satisfies(email -> {
            assertThat(email.to().value()).isEqualTo("sam@example.org");
            assertThat(email.subject()).isEqualTo("Confirm your email address");
            assertThat(email.textBody()).contains("https://assistant.test/verify-email?token=");
        });
        assertThat(fixture.codeMailedTo("sam@example.org", "Confirm your email address")).isNotBlank();
        assertThat(fixture.securityEvents.ofAccount(account.id(), 10))
                .extracting(SecurityEvent::type).containsExactly(SecurityEventType.REGISTERED);
        assertThat(fixture.securityEvents.ofAccount(account.id(), 10).get(0).origin()).isEqualTo(ORIGIN);
    }

    @Test
    void an_email_already_registered_in_another_case_is_refused_and_nothing_more_is_mailed() {
        registerAccount.register(Command.of("sam@example.org", "correct horse battery staple", "Sam"), ORIGIN);

        Result second = registerAccount.register(Command.of("SAM@example.org", "another long passphrase", "Samuel"), ORIGIN);

        assertThat(second).isInstanceOf(Result.EmailAlreadyRegistered.class);
        assertThat(fixture.emailsQueued()).hasSize(1);
    }

    @Test
    void a_short_or_guessable_password_is_refused_with_its_reason_and_nothing_is_stored() {
        assertThat(registerAccount.register(Command.of("sam@example.org", "short", "Sam"), ORIGIN))
                .isEqualTo(new Result.PasswordRejected(List.of("must be at least 12 characters long")));
        assertThat(registerAccount.register(Command.of("sam@example.org", "password1234", "Sam"), ORIGIN))
                .isEqualTo(new Result.PasswordRejected(List.of("is too easy to guess: This is a very common password.")));

        assertThat(fixture.accounts.withEmail(EmailAddress.parse("sam@example.org"))).isEmpty();
        assertThat(fixture.emailsQueued()).isEmpty();
    }

    @Test
    void registrations_from_one_address_are_limited_and_others_are_not_affected() {
        InMemoryCore limited = new InMemoryCore(new IdentityCore.RateLimits(
                new RateLimiter.Limit("register", 2, Duration.ofHours(1)),
                IdentityCore.RateLimits.DEFAULTS.verificationsPerAddress(),
                IdentityCore.RateLimits.DEFAULTS.resendsPerAccount(),
                IdentityCore.RateLimits.DEFAULTS.resetRequestsPerAddress(),
                IdentityCore.RateLimits.DEFAULTS.resetRequestsPerEmail(),
                IdentityCore.RateLimits.DEFAULTS.resetsPerAddress()));
        RegisterAccount register = limited.core.identity().registerAccount();

        register.register(Command.of("a@example.org", "correct horse battery staple", "A"), ORIGIN);
        register.register(Command.of("b@example.org", "correct horse battery staple", "B"), ORIGIN);
        Result third = register.register(Command.of("c@example.org", "correct horse battery staple", "C"), ORIGIN);
        Result elsewhere = register.register(Command.of("d@example.org", "correct horse battery staple", "D"),
                new RequestOrigin("198.51.100.1", null, null));

        assertThat(third).isInstanceOfSatisfying(Result.RateLimited.class,
                limitedResult -> assertThat(limitedResult.retryAfter()).isEqualTo(Duration.ofHours(1)));
        assertThat(elsewhere).isInstanceOf(Result.Registered.class);
        assertThat(limited.accounts.withEmail(EmailAddress.parse("c@example.org"))).isEmpty();
    }

    @Test
    void a_new_account_is_in_utc_and_english_unless_the_registration_gives_its_zone_and_language() {
        Account plain = ((Result.Registered) registerAccount.register(
                Command.of("sam@example.org", "correct horse battery staple", "Sam"), ORIGIN)).account();
        Account french = ((Result.Registered) registerAccount.register(
                Command.of("camille@example.org", "correct horse battery staple", "Camille", "Europe/Paris", "fr"),
                ORIGIN)).account();

        assertThat(plain.timezone()).isEqualTo(Timezone.UTC);
        assertThat(plain.language()).isEqualTo(Language.EN);
        assertThat(french.timezone()).isEqualTo(new Timezone("Europe/Paris"));
        assertThat(french.language()).isEqualTo(Language.FR);
        assertThat(fixture.accounts.withEmail(EmailAddress.parse("camille@example.org")))
                .hasValueSatisfying(stored -> {
                    assertThat(stored.timezone().value()).isEqualTo("Europe/Paris");
                    assertThat(stored.language()).isEqualTo(Language.FR);
                });
    }

    @Test
    void an_unknown_zone_or_language_is_refused_under_its_field_with_the_profile_s_message() {
        assertThatThrownBy(() -> Command.of("sam@example.org", "correct horse battery staple", "Sam", "+02:00", "de"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("timezone", "is an IANA time zone id, such as Europe/Paris"),
                        new FieldError("locale", "is one of en, fr")));
        assertThatThrownBy(() -> Command.of("sam@example.org", "correct horse battery staple", "Sam", "", "en"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("timezone"));
    }

    @Test
    void every_malformed_field_is_reported_at_once() {
        assertThatThrownBy(() -> Command.of("not-an-email", null, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("email", "password", "displayName"));
    }

    @Test
    void a_command_never_prints_its_password() {
        Command command = Command.of("sam@example.org", "correct horse battery staple", "Sam");

        assertThat(command.toString()).doesNotContain("correct horse").contains("sam@example.org");
    }
}
