package org.tdah.assistant.application.access.administration;

import java.time.Clock;
import java.util.Optional;
import org.tdah.assistant.application.access.EffectivePermissions;
import org.tdah.assistant.application.access.support.AdministrationEmails;
import org.tdah.assistant.application.access.support.AdministrativeChanges;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.BackupCodes;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;

/**
 * Recovery for a person who lost every second factor, by a caller allowed {@code user:manage}:
 * removes the authenticator app, the backup codes and texted codes as a second factor (the phone
 * stays verified), logs the account out everywhere, tells the person by email and audits it, in
 * one transaction. Nobody resets their own second factors: another administrator must.
 */
public final class ResetSecondFactors {

    /** How the reset ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Reset reset);

            T on(NotAllowed notAllowed);

            T on(OwnAccount ownAccount);

            T on(NoSuchAccount noSuchAccount);
        }

        /** The account has no second factor left; the person was told. */
        record Reset() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The caller is not allowed {@code user:manage}. */
        record NotAllowed() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The caller tried to reset their own second factors. */
        record OwnAccount() implements Result {
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
    private final Phones phones;
    private final EmailOutbox outbox;
    private final AdministrationEmails emails;
    private final EffectivePermissions effectivePermissions;
    private final AdministrativeChanges changes;
    private final Transactions transactions;
    private final Clock clock;

    public ResetSecondFactors(Accounts accounts, TotpCredentials totpCredentials, BackupCodes backupCodes, Phones phones,
            EmailOutbox outbox, AdministrationEmails emails, EffectivePermissions effectivePermissions,
            AdministrativeChanges changes, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.totpCredentials = totpCredentials;
        this.backupCodes = backupCodes;
        this.phones = phones;
        this.outbox = outbox;
        this.emails = emails;
        this.effectivePermissions = effectivePermissions;
        this.changes = changes;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result reset(Caller caller, AccountId target, RequestOrigin origin) {
        if (!effectivePermissions.allows(caller.roles(), Permission.USER_MANAGE)) {
            return new Result.NotAllowed();
        }
        if (caller.accountId().equals(target)) {
            return new Result.OwnAccount();
        }
        return transactions.inTransaction(() -> {
            Optional<Account> account = accounts.withId(target);
            if (account.isEmpty()) {
                return new Result.NoSuchAccount();
            }
            totpCredentials.remove(target);
            backupCodes.removeAll(target);
            phones.disableSmsSecondFactor(target);
            outbox.enqueue(emails.secondFactorsReset(account.get()), clock.instant());
            changes.audit(SecurityEventType.SECOND_FACTORS_RESET, target, caller.accountId(), origin);
            changes.logOutEverywhere(target);
            return new Result.Reset();
        });
    }
}
