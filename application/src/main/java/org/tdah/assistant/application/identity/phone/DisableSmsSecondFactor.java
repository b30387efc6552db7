package org.tdah.assistant.application.identity.phone;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.Phones.VerifiedPhone;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.IdentityEmails;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.StepUpPolicy;

/**
 * Stops texted codes from logging in (the phone stays verified); needs an authentication from the
 * last five minutes, and the owner is told by email.
 */
public final class DisableSmsSecondFactor {

    /** How turning texted codes off ended. */
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

    private final Clock clock;
    private final Accounts accounts;
    private final Phones phones;
    private final Transactions transactions;
    private final EmailOutbox outbox;
    private final IdentityEmails emails;
    private final AuditTrail audit;

    public DisableSmsSecondFactor(Clock clock, Accounts accounts, Phones phones, Transactions transactions,
            EmailOutbox outbox, IdentityEmails emails, AuditTrail audit) {
        this.clock = clock;
        this.accounts = accounts;
        this.phones = phones;
        this.transactions = transactions;
        this.outbox = outbox;
        this.emails = emails;
        this.audit = audit;
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
        if (phones.of(caller.accountId()).filter(VerifiedPhone::smsSecondFactor).isEmpty()) {
            return new Result.NotEnabled();
        }
        transactions.run(() -> {
            phones.disableSmsSecondFactor(caller.accountId());
            outbox.enqueue(emails.smsCodesOff(account.get()), now);
            audit.record(SecurityEventType.SMS_MFA_DISABLED, caller.accountId(), origin);
        });
        return new Result.Disabled();
    }
}
