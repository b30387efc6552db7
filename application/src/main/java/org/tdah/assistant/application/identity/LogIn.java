package org.tdah.assistant.application.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.identity.port.AccessTokens;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.shared.InputCheck;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * Exchanges an email address and a password for an access token.
 *
 * <p>An unknown address and a wrong password give the same answer after the same work: for an
 * unknown address the password is still checked, against a hash nobody's password matches, so
 * that neither the answer nor its timing tells whether an address is registered.
 */
public final class LogIn {

    /** A login attempt; the password is never printed. */
    public record Command(String email, String password) {
        public Command {
            InputCheck check = new InputCheck();
            check.requirePresent("email", email);
            check.requirePresent("password", password);
            check.throwIfInvalid();
        }

        @Override
        public String toString() {
            return "LogIn.Command[email=" + email + "]";
        }
    }

    /** How a login attempt ended. */
    public sealed interface Result {
        record LoggedIn(IssuedAccessToken accessToken) implements Result {}

        record InvalidCredentials() implements Result {}
    }

    private final Accounts accounts;
    private final PasswordHasher passwordHasher;
    private final AccessTokens accessTokens;
    private final Ids ids;
    private final Clock clock;
    private final Duration accessTokenLifetime;
    private final PasswordHash unmatchableHash;

    public LogIn(
            Accounts accounts,
            PasswordHasher passwordHasher,
            AccessTokens accessTokens,
            Ids ids,
            Clock clock,
            Duration accessTokenLifetime) {
        this.accounts = accounts;
        this.passwordHasher = passwordHasher;
        this.accessTokens = accessTokens;
        this.ids = ids;
        this.clock = clock;
        this.accessTokenLifetime = accessTokenLifetime;
        this.unmatchableHash = passwordHasher.hash(ids.next() + ids.next());
    }

    public Result logIn(Command command) {
        Optional<Account> account = findAccount(command.email());
        PasswordHash hash = account.map(Account::passwordHash).orElse(unmatchableHash);
        boolean passwordMatches = passwordHasher.matches(command.password(), hash);
        if (account.isEmpty() || !passwordMatches) {
            return new Result.InvalidCredentials();
        }
        if (passwordHasher.needsRehash(hash)) {
            accounts.replacePasswordHash(account.get().id(), passwordHasher.hash(command.password()));
        }
        return new Result.LoggedIn(issueFor(account.get()));
    }

    private Optional<Account> findAccount(String email) {
        try {
            return accounts.withEmail(EmailAddress.parse(email));
        } catch (InvalidInputException notAnEmailAddress) {
            return Optional.empty();
        }
    }

    private IssuedAccessToken issueFor(Account account) {
        Instant now = clock.instant();
        return accessTokens.issue(new AccessTokenClaims(
                account.id(), account.roles(), now, now.plus(accessTokenLifetime), ids.next()));
    }
}
