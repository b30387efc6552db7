package org.tdah.assistant.testkit.identity;

import org.tdah.assistant.application.identity.port.BackupCodes;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.application.identity.port.SecondFactorsContract;
import org.tdah.assistant.application.identity.port.TotpCredentials;

class InMemorySecondFactorsTest extends SecondFactorsContract {
    private final InMemoryTotpCredentials totp = new InMemoryTotpCredentials();
    private final InMemoryPhones phones = new InMemoryPhones();
    private final InMemoryBackupCodes backupCodes = new InMemoryBackupCodes();

    @Override
    protected SecondFactors secondFactors() {
        return new InMemorySecondFactors(totp, phones, backupCodes);
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
