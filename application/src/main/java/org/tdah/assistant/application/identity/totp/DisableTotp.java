package org.tdah.assistant.application.identity.totp;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.BackupCodes;
import org.tdah.assistant.application.identity.port.TotpCredentials.TotpCredential;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.IdentityEmails;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.StepUpPolicy;

/**
 * Turns the authenticator app off, with its backup codes; needs an authentication from the last
 * five minutes, and the owner is told by email.
 */
public final class DisableTotp {

    /** How turning it off ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Disabled disabled);

            T on(NotEnabled notEnabled);

            T on(ReauthenticationRequired reauthenticationRequired);

            T on(NoSuchAccount noSuchAccount);
        }

        record Disabled() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

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

        record NoSuchAccount() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final Accounts accounts;
    private final TotpCredentials totpCredentials;
    private final BackupCodes backupCodes;
    private final Transactions transactions;
    private final EmailOutbox outbox;
    private final IdentityEmails emails;
    private final AuditTrail audit;
    private final Clock clock;

    public DisableTotp(Accounts accounts, TotpCredentials totpCredentials, BackupCodes backupCodes,
            Transactions transactions, EmailOutbox outbox, IdentityEmails emails, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.totpCredentials = totpCredentials;
        this.backupCodes = backupCodes;
        this.transactions = transactions;
        this.outbox = outbox;
        this.emails = emails;
        this.audit = audit;
        this.clock = clock;
    }

    public Result disable(Caller caller, RequestOrigin origin) {
        Instant now = clock.instant();
        if (!StepUpPolicy.isRecent(caller.authenticatedAt(), now)) {
            return new Result.ReauthenticationRequired();
        }
        Optional<Account> account = accounts.withId(caller.accountId());
        if (account.isEmpty()) {
            return new Result.NoSuchAccount();
        }
        if (totpCredentials.of(caller.accountId()).filter(TotpCredential::confirmed).isEmpty()) {
            return new Result.NotEnabled();
        }
        transactions.run(() -> {
            totpCredentials.remove(caller.accountId());
            backupCodes.removeAll(caller.accountId());
            outbox.enqueue(emails.totpOff(account.get()), now);
            audit.record(SecurityEventType.TOTP_DISABLED, caller.accountId(), origin);
        });
        return new Result.Disabled();
    }
}
