package org.tdah.assistant.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.InMemoryCore;
import org.tdah.assistant.application.identity.RegisterAccount.Command;
import org.tdah.assistant.application.identity.RegisterAccount.Result;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.shared.FieldError;
import org.tdah.assistant.domain.shared.InvalidInputException;

class RegisterAccountTest {
    private final InMemoryCore fixture = new InMemoryCore();
    private final RegisterAccount registerAccount = fixture.core.registerAccount();

    @Test
    void a_new_person_gets_an_unverified_user_account_with_a_hashed_password() {
        Result result = registerAccount.register(
                Command.of("  Sam@Example.org ", "correct horse battery staple", "Sam"));

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
    void an_email_already_registered_in_another_case_is_refused() {
        registerAccount.register(Command.of("sam@example.org", "correct horse battery staple", "Sam"));

        Result second = registerAccount.register(Command.of("SAM@example.org", "another long passphrase", "Samuel"));

        assertThat(second).isInstanceOf(Result.EmailAlreadyRegistered.class);
    }

    @Test
    void a_short_password_is_refused_with_its_reason_and_nothing_is_stored() {
        Result result = registerAccount.register(Command.of("sam@example.org", "short", "Sam"));

        assertThat(result).isEqualTo(new Result.PasswordRejected(java.util.List.of("must be at least 12 characters long")));
        assertThat(fixture.accounts.withEmail(EmailAddress.parse("sam@example.org"))).isEmpty();
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
