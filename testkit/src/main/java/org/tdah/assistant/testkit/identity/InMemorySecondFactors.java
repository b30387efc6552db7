package org.tdah.assistant.testkit.identity;

import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.domain.identity.AccountId;

/** The second-factor status read from the in-memory stores of each factor. */
public final class InMemorySecondFactors implements SecondFactors {
    private final InMemoryTotpCredentials totp;
    private final InMemoryPhones phones;
    private final InMemoryBackupCodes backupCodes;

    public InMemorySecondFactors(InMemoryTotpCredentials totp, InMemoryPhones phones, InMemoryBackupCodes backupCodes) {
        this.totp = totp;
        this.phones = phones;
        this.backupCodes = backupCodes;
    }

    @Override
    public Status of(AccountId account) {
        return new Status(totp.of(account).filter(credential -> credential.confirmed()).isPresent(),
                phones.of(account), backupCodes.remaining(account));
    }
}
