package org.tdah.assistant.application.identity.totp;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.TotpCredentials.TotpCredential;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.SecondFactorChecks;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.StepUpPolicy;

/** Ten new backup codes, voiding the earlier ones; needs an authentication from the last five minutes. */
public final class RegenerateBackupCodes {

    /** How the regeneration ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Issued issued);

            T on(NotEnabled notEnabled);

            T on(ReauthenticationRequired reauthenticationRequired);
        }

        /** The new codes, shown this once. */
        record Issued(List<String> backupCodes) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }

            @Override
            public String toString() {
                return "Issued[redacted]";
            }
        }

        /** Backup codes come with the authenticator app, which is off. */
        record NotEnabled() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The change needs a proof of identity from the last five minutes. */
        record ReauthenticationRequired() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final TotpCredentials totpCredentials;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final SecondFactorChecks secondFactors;
    private final Clock clock;

    public RegenerateBackupCodes(TotpCredentials totpCredentials, Transactions transactions, AuditTrail audit,
            SecondFactorChecks secondFactors, Clock clock) {
        this.totpCredentials = totpCredentials;
        this.transactions = transactions;
        this.audit = audit;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    public Result regenerate(Caller caller, RequestOrigin origin) {
        Instant now = clock.instant();
        if (!StepUpPolicy.isRecent(caller.authenticatedAt(), now)) {
            return new Result.ReauthenticationRequired();
        }
        if (totpCredentials.of(caller.accountId()).filter(TotpCredential::confirmed).isEmpty()) {
            return new Result.NotEnabled();
        }
        List<String> codes = transactions.inTransaction(() -> {
            List<String> issued = secondFactors.newBackupCodes(caller.accountId(), now);
            audit.record(SecurityEventType.BACKUP_CODES_GENERATED, caller.accountId(), origin);
            return issued;
        });
        return new Result.Issued(codes);
    }
}
