package org.tdah.assistant.testkit.access;

import java.time.Instant;
import java.util.UUID;
import org.tdah.assistant.application.access.port.AccountRoles;
import org.tdah.assistant.application.access.port.AccountRolesContract;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.testkit.identity.InMemoryAccounts;

class InMemoryAccountRolesTest extends AccountRolesContract {
    private final InMemoryAccounts accounts = new InMemoryAccounts();

    @Override
    protected AccountRoles newAccountRoles() {
        return new InMemoryAccountRoles(accounts);
    }

    @Override
    protected AccountId anAccount() {
        AccountId id = new AccountId(UUID.randomUUID().toString());
        accounts.add(Account.register(id, EmailAddress.parse(id.value() + "@example.org"), DisplayName.parse("Test"),
                new PasswordHash("hash"), Instant.parse("2026-11-26T09:00:00Z")));
        return id;
    }
}
