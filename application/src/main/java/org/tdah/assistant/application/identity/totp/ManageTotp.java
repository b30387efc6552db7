package org.tdah.assistant.application.identity.totp;

import java.time.Clock;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.BackupCodes;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.port.TimeBasedCodes;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.IdentityEmails;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Transactions;

import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.TypedCode;
import org.tdah.assistant.application.identity.support.SecondFactorChecks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.tdah.assistant.application.identity.port.TotpCredentials.TotpCredential;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.StepUpPolicy;

/**
 * Two-step login with an authenticator app: setting it up (a secret and its QR code), turning it
 * on only after a correct code (which also gives the backup codes), turning it off, and new backup
 * codes. Turning it off and new backup codes need a recent authentication.
 */
public final class ManageTotp {

    /** The secret to enter in an app, and the URI its QR code carries. Both are secrets. */
    public record Setup(String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "Setup[redacted]";
        }
    }

    /** How a change of the second factor ended. */
    public sealed interface Result {
        record SetupStarted(Setup setup) implements Result {}

        /** Turned on (or new backup codes): the codes, shown this once. */
        record BackupCodesIssued(List<String> codes) implements Result {
            @Override
            public String toString() {
                return "BackupCodesIssued[redacted]";
            }
        }

        record Disabled() implements Result {}

        record AlreadyEnabled() implements Result {}

        record NotEnabled() implements Result {}

        record NothingToConfirm() implements Result {}

        record WrongCode() implements Result {}

        /** The change needs a proof of identity from the last five minutes. */
        record ReauthenticationRequired() implements Result {}

        record NoSuchAccount() implements Result {}
    }

    private final Accounts accounts;
    private final TimeBasedCodes timeBasedCodes;
    private final TotpCredentials totpCredentials;
    private final Clock clock;
    private final Transactions transactions;
    private final EmailOutbox outbox;
    private final IdentityEmails emails;
    private final AuditTrail audit;
    private final Sessions sessions;
    private final BackupCodes backupCodes;
    private final SecondFactorChecks twoFactor;

    public ManageTotp(Accounts accounts, TimeBasedCodes timeBasedCodes, TotpCredentials totpCredentials, Clock clock, Transactions transactions, EmailOutbox outbox, IdentityEmails emails, AuditTrail audit, Sessions sessions, BackupCodes backupCodes, SecondFactorChecks twoFactor) {
        this.accounts = accounts;
        this.timeBasedCodes = timeBasedCodes;
        this.totpCredentials = totpCredentials;
        this.clock = clock;
        this.transactions = transactions;
        this.outbox = outbox;
        this.emails = emails;
        this.audit = audit;
        this.sessions = sessions;
        this.backupCodes = backupCodes;
        this.twoFactor = twoFactor;
    }

    public Result setUp(Caller caller) {
        Optional<Account> account = accounts.withId(caller.accountId());
        if (account.isEmpty()) {
            return new Result.NoSuchAccount();
        }
        String secret = timeBasedCodes.newSecret();
        if (!totpCredentials.savePending(caller.accountId(), secret, clock.instant())) {
            return new Result.AlreadyEnabled();
        }
        return new Result.SetupStarted(new Setup(secret, SecondFactorChecks.otpauthUri(account.get(), secret)));
    }

    /** The URI of the pending setup, for its QR code; empty when no setup is pending. */
    public Optional<String> pendingSetupUri(Caller caller) {
        Optional<Account> account = accounts.withId(caller.accountId());
        Optional<TotpCredential> pending = totpCredentials.of(caller.accountId())
                .filter(credential -> !credential.confirmed());
        if (account.isEmpty() || pending.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SecondFactorChecks.otpauthUri(account.get(), pending.get().secret()));
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
        OptionalLong step = twoFactor.totp().matchingStep(credential.get().secret(), Long.MIN_VALUE, command.code(), now);
        if (step.isEmpty()) {
            return new Result.WrongCode();
        }
        List<String> codes = transactions.inTransaction(() -> {
            totpCredentials.confirm(caller.accountId(), step.getAsLong(), now);
            List<String> issued = twoFactor.newBackupCodes(caller.accountId(), now);
            outbox.enqueue(emails.twoStepLoginOn(account.get()), now);
            audit.record(SecurityEventType.TOTP_ENABLED, caller.accountId(), origin);
            return issued;
        });
        sessions.markAuthenticated(caller.session(), now);
        return new Result.BackupCodesIssued(codes);
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
            outbox.enqueue(emails.twoStepLoginOff(account.get()), now);
            audit.record(SecurityEventType.TOTP_DISABLED, caller.accountId(), origin);
        });
        return new Result.Disabled();
    }

    public Result regenerateBackupCodes(Caller caller, RequestOrigin origin) {
        Instant now = clock.instant();
        if (!StepUpPolicy.isRecent(caller.authenticatedAt(), now)) {
            return new Result.ReauthenticationRequired();
        }
        if (totpCredentials.of(caller.accountId()).filter(TotpCredential::confirmed).isEmpty()) {
            return new Result.NotEnabled();
        }
        List<String> codes = transactions.inTransaction(() -> {
            List<String> issued = twoFactor.newBackupCodes(caller.accountId(), now);
            audit.record(SecurityEventType.BACKUP_CODES_GENERATED, caller.accountId(), origin);
            return issued;
        });
        return new Result.BackupCodesIssued(codes);
    }
}
