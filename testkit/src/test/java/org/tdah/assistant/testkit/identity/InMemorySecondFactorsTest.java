package org.tdah.assistant.testkit.identity;

import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.AccountsWithFactors;
import org.tdah.assistant.application.identity.port.AccountsWithFactorsContract;
import org.tdah.assistant.application.identity.port.BackupCodes;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.application.identity.port.TotpCredentials;

/** {@link InMemorySecondFactors} and {@link InMemoryAccountsWithFactors}, held to their contracts. */
class InMemorySecondFactorsTest extends AccountsWithFactorsContract {
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemoryTotpCredentials totp = new InMemoryTotpCredentials();
    private final InMemoryPhones phones = new InMemoryPhones();
    private final InMemoryBackupCodes backupCodes = new InMemoryBackupCodes();
    private final InMemorySecondFactors secondFactors = new InMemorySecondFactors(totp, phones, backupCodes);

    @Override
    protected AccountsWithFactors accountsWithFactors() {
        return new InMemoryAccountsWithFactors(accounts, secondFactors);
    }

    @Override
    protected Accounts accounts() {
        return accounts;
    }

    @Override
    protected SecondFactors secondFactors() {
        return secondFactors;
    }

    @Override
    protected TotpCredentials totpCredentials() {
        return totp;
    }

    @Override
    protected Phones phones() {
        return phones;
    }

    @Override
    protected BackupCodes backupCodes() {
        return backupCodes;
    }
}
