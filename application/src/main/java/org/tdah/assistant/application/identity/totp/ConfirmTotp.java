package org.tdah.assistant.application.identity.totp;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.TypedCode;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.port.TotpCredentials.TotpCredential;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.IdentityEmails;
import org.tdah.assistant.application.identity.support.SecondFactorChecks;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.SecurityEventType;

/**
 * Turns the authenticator app on once a code from it is right, and gives the backup codes (shown
 * this once). The owner is told by email; the confirming code counts as a fresh authentication.
 */
public final class ConfirmTotp {

    /** How the confirmation ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Enabled enabled);

            T on(AlreadyEnabled alreadyEnabled);

            T on(NothingToConfirm nothingToConfirm);

            T on(WrongCode wrongCode);

            T on(NoSuchAccount noSuchAccount);
        }

        /** On: the backup codes, shown this once. */
        record Enabled(List<String> backupCodes) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }

            @Override
            public String toString() {
                return "Enabled[redacted]";
            }
        }

        record AlreadyEnabled() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record NothingToConfirm() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record WrongCode() implements Result {
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
    private final Sessions sessions;
    private final Transactions transactions;
    private final EmailOutbox outbox;
    private final IdentityEmails emails;
    private final AuditTrail audit;
    private final SecondFactorChecks secondFactors;
    private final Clock clock;

    public ConfirmTotp(Accounts accounts, TotpCredentials totpCredentials, Sessions sessions, Transactions transactions,
            EmailOutbox outbox, IdentityEmails emails, AuditTrail audit, SecondFactorChecks secondFactors, Clock clock) {
        this.accounts = accounts;
        this.totpCredentials = totpCredentials;
        this.sessions = sessions;
        this.transactions = transactions;
        this.outbox = outbox;
        this.emails = emails;
        this.audit = audit;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    public Result confirm(Caller caller, TypedCode command, RequestOrigin origin) {
        Optional<Account> account = accounts.withId(caller.accountId());
        Optional<TotpCredential> credential = totpCredentials.of(caller.accountId());
        if (account.isEmpty()) {
            return new Result.NoSuchAccount();
        }
        if (credential.isEmpty()) {
            return new Result.NothingToConfirm();
        }
        if (credential.get().confirmed()) {
            return new Result.AlreadyEnabled();
        }
        Instant now = clock.instant();
        OptionalLong step = secondFactors.totp().matchingStep(credential.get().secret(), Long.MIN_VALUE, command.code(), now);
        if (step.isEmpty()) {
            return new Result.WrongCode();
        }
        List<String> codes = transactions.inTransaction(() -> {
            totpCredentials.confirm(caller.accountId(), step.getAsLong(), now);
            List<String> issued = secondFactors.newBackupCodes(caller.accountId(), now);
            outbox.enqueue(emails.totpOn(account.get()), now);
            audit.record(SecurityEventType.TOTP_ENABLED, caller.accountId(), origin);
            return issued;
        });
        sessions.markAuthenticated(caller.session(), now);
        return new Result.Enabled(codes);
    }
}
