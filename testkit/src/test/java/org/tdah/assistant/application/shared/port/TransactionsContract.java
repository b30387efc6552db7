package org.tdah.assistant.application.shared.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;

/**
 * What every implementation of {@link Transactions} must do, checked through two real out-ports of
 * the same adapter family (accounts and one-time tokens), so that the in-memory transactions and
 * PostgreSQL's are held to the same all-or-nothing behaviour.
 */
public abstract class TransactionsContract {
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

    /** The transactions under test, and ports of the same family whose changes they make atomic. */
    public record Family(Transactions transactions, Accounts accounts, OneTimeTokens tokens) {}

    private Transactions transactions;
    private Accounts accounts;
    private OneTimeTokens tokens;

    /** Empty stores and the transactions that span them, new for each test. */
    protected abstract Family newFamily();

    @BeforeEach
    void setUpFamily() {
        Family family = newFamily();
        transactions = family.transactions();
        accounts = family.accounts();
        tokens = family.tokens();
    }

    @Test
    void changes_of_several_ports_in_one_transaction_are_kept_together_and_the_result_is_returned() {
        Account account = newAccount();
        TokenHash token = newToken();

        String result = transactions.inTransaction(() -> {
            accounts.add(account);
            tokens.add(token, TokenPurpose.EMAIL_VERIFICATION, account.id(), LATER);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(accounts.withId(account.id())).contains(account);
        assertThat(tokens.findUsable(token, TokenPurpose.EMAIL_VERIFICATION, NOW)).contains(account.id());
    }

    @Test
    void a_failure_halfway_leaves_nothing_behind_in_any_port() {
        Account account = newAccount();
        TokenHash token = newToken();

        Throwable failure = catchThrowable(() -> transactions.run(() -> {
            accounts.add(account);
            accounts.markEmailVerified(account.id());
            tokens.add(token, TokenPurpose.EMAIL_VERIFICATION, account.id(), LATER);
            throw new IllegalStateException("the email could not be queued");
        }));

        assertThat(failure).isInstanceOf(IllegalStateException.class);
        assertThat(accounts.withId(account.id())).isEmpty();
        assertThat(accounts.withEmail(account.email())).isEmpty();
        assertThat(tokens.findUsable(token, TokenPurpose.EMAIL_VERIFICATION, NOW)).isEmpty();
    }

    @Test
    void a_failure_puts_back_what_existed_before_the_transaction_as_it_was() {
        Account account = newAccount();
        TokenHash token = newToken();
        accounts.add(account);
        tokens.add(token, TokenPurpose.PASSWORD_RESET, account.id(), LATER);

        catchThrowable(() -> transactions.run(() -> {
            accounts.replacePasswordHash(account.id(), new PasswordHash("changed-hash"));
            tokens.use(token, TokenPurpose.PASSWORD_RESET, NOW);
            throw new IllegalStateException("the sessions could not be ended");
        }));

        assertThat(accounts.withId(account.id())).contains(account);
        assertThat(tokens.findUsable(token, TokenPurpose.PASSWORD_RESET, NOW)).contains(account.id());
    }

    @Test
    void the_exception_of_the_work_reaches_the_caller_unchanged() {
        IllegalArgumentException thrown = new IllegalArgumentException("a broken invariant");

        Throwable failure = catchThrowable(() -> transactions.inTransaction(() -> {
            accounts.add(newAccount());
            throw thrown;
        }));

        assertThat(failure).isSameAs(thrown);
    }

    @Test
    void a_nested_transaction_joins_the_outer_one_and_rolls_back_with_it() {
        Account account = newAccount();

        Throwable failure = catchThrowable(() -> transactions.run(() -> {
            transactions.run(() -> accounts.add(account));
            assertThat(accounts.withId(account.id())).as("seen inside the outer transaction").contains(account);
            throw new IllegalStateException("outer failure");
        }));

        assertThat(failure).isInstanceOf(IllegalStateException.class);
        assertThat(accounts.withId(account.id())).isEmpty();
    }

    @Test
    void a_nested_failure_that_the_outer_work_catches_undoes_nothing_since_the_nested_call_joined_the_outer_one() {
        Account kept = newAccount();
        Account addedBeforeTheNestedFailure = newAccount();

        transactions.run(() -> {
            accounts.add(kept);
            catchThrowable(() -> transactions.run(() -> {
                accounts.add(addedBeforeTheNestedFailure);
                throw new IllegalStateException("nested failure, handled by the outer work");
            }));
        });

        assertThat(accounts.withId(kept.id())).contains(kept);
        assertThat(accounts.withId(addedBeforeTheNestedFailure.id())).contains(addedBeforeTheNestedFailure);
    }

    @Test
    void a_transaction_after_a_failed_one_starts_afresh_and_commits() {
        Account lost = newAccount();
        Account kept = newAccount();
        catchThrowable(() -> transactions.run(() -> {
            accounts.add(lost);
            throw new IllegalStateException("first failure");
        }));

        transactions.run(() -> accounts.add(kept));

        assertThat(accounts.withId(lost.id())).isEmpty();
        assertThat(accounts.withId(kept.id())).contains(kept);
    }

    private static Account newAccount() {
        String id = UUID.randomUUID().toString();
        return Account.register(new AccountId(id), EmailAddress.parse(id + "@example.org"), DisplayName.parse("Sam"),
                new PasswordHash("hash"), NOW);
    }

    private static TokenHash newToken() {
        return TokenHash.of(UUID.randomUUID().toString());
    }
}
