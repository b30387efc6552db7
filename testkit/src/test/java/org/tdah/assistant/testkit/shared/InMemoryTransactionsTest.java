package org.tdah.assistant.testkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.SecurityEvent;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.port.TransactionsContract;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.testkit.InMemoryCore;
import org.tdah.assistant.testkit.identity.InMemoryAccounts;
import org.tdah.assistant.testkit.identity.InMemoryOneTimeTokens;

class InMemoryTransactionsTest extends TransactionsContract {
    @Override
    protected Family newFamily() {
        InMemoryAccounts accounts = new InMemoryAccounts();
        InMemoryOneTimeTokens tokens = new InMemoryOneTimeTokens();
        return new Family(new InMemoryTransactions(accounts, tokens), accounts, tokens);
    }

    @Test
    void the_in_memory_core_rolls_back_the_account_its_outbox_and_its_audit_trail_together() {
        InMemoryCore fixture = new InMemoryCore();
        Instant now = fixture.clock.instant();
        Account account = Account.register(new AccountId("a-1"), EmailAddress.parse("sam@example.org"),
                DisplayName.parse("Sam"), new PasswordHash("hash"), now);

        Throwable failure = catchThrowable(() -> fixture.transactions.run(() -> {
            fixture.accounts.add(account);
            fixture.outbox.enqueue(new EmailMessage("m-1", account.email(), "Welcome", "Hello"), now);
            fixture.securityEvents.record(new SecurityEvent(SecurityEventType.REGISTERED, account.id(), InMemoryCore.ORIGIN, now));
            throw new IllegalStateException("failure after every write");
        }));

        assertThat(failure).hasMessage("failure after every write");
        assertThat(fixture.accounts.withId(account.id())).isEmpty();
        assertThat(fixture.emailsQueued()).isEmpty();
        assertThat(fixture.securityEvents.all()).isEmpty();
    }
}
