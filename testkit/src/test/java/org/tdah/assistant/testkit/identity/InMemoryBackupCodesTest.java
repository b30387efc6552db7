package org.tdah.assistant.testkit.identity;

import org.tdah.assistant.application.identity.port.BackupCodes;
import org.tdah.assistant.application.identity.port.BackupCodesContract;

class InMemoryBackupCodesTest extends BackupCodesContract {
    @Override
    protected BackupCodes newBackupCodes() {
        return new InMemoryBackupCodes();
    }
}
