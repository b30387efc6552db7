package org.tdah.assistant.application.identity.phone;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.TypedCode;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.Phones.VerifiedPhone;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.IdentityEmails;
import org.tdah.assistant.application.identity.support.SmsCodeSender;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.SmsCodePurpose;
import org.tdah.assistant.domain.identity.StepUpPolicy;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * What verifying a phone and turning SMS codes on share: sending a code to a number for a purpose,
 * and confirming it. Replacing a verified number needs a recent authentication; the owner is told
 * by email of a new number and of SMS codes turned on.
 */
public final class PhoneCodes {
    private final Clock clock;
    private final Accounts accounts;
    private final Phones phones;
    private final Transactions transactions;
    private final EmailOutbox outbox;
    private final IdentityEmails emails;
    private final AuditTrail audit;
    private final SmsCodeSender codes;

    public PhoneCodes(Clock clock, Accounts accounts, Phones phones, Transactions transactions, EmailOutbox outbox,
            IdentityEmails emails, AuditTrail audit, SmsCodeSender codes) {
        this.clock = clock;
        this.accounts = accounts;
        this.phones = phones;
        this.transactions = transactions;
        this.outbox = outbox;
        this.emails = emails;
        this.audit = audit;
        this.codes = codes;
    }

    CodeRequest send(Caller caller, PhoneNumber phone, SmsCodePurpose purpose, RequestOrigin origin) {
        if (accounts.withId(caller.accountId()).isEmpty()) {
            return new CodeRequest.NoSuchAccount();
        }
        boolean replacesAnotherNumber = phones.of(caller.accountId())
                .filter(current -> !current.number().equals(phone)).isPresent();
        if (replacesAnotherNumber && !StepUpPolicy.isRecent(caller.authenticatedAt(), clock.instant())) {
            return new CodeRequest.ReauthenticationRequired();
        }
        SmsCodeSender.Sent sent = codes.send(caller.accountId(), purpose, phone, origin);
        if (sent instanceof SmsCodeSender.Sent.Delivered delivered) {
            return new CodeRequest.Sent(delivered.phone(), delivered.expiresIn());
        }
        if (sent instanceof SmsCodeSender.Sent.Throttled throttled) {
            return new CodeRequest.Throttled(throttled.retryAfter());
        }
        if (sent instanceof SmsCodeSender.Sent.Unsubscribed) {
            return new CodeRequest.Unsubscribed();
        }
        return new CodeRequest.CannotReceiveSms();
    }

    CodeConfirmation confirm(Caller caller, TypedCode command, SmsCodePurpose purpose, RequestOrigin origin) {
        Optional<Account> account = accounts.withId(caller.accountId());
        if (account.isEmpty()) {
            return new CodeConfirmation.NoSuchAccount();
        }
        SmsCodeSender.Checked checked = codes.check(caller.accountId(), purpose, command.code());
        if (checked instanceof SmsCodeSender.Checked.Wrong) {
            audit.record(SecurityEventType.MFA_FAILED, caller.accountId(), origin);
            return new CodeConfirmation.WrongCode();
        }
        if (!(checked instanceof SmsCodeSender.Checked.Accepted accepted)) {
            return new CodeConfirmation.NoUsableCode();
        }
        Instant now = clock.instant();
        PhoneNumber phone = accepted.phone();
        Optional<VerifiedPhone> before = phones.of(caller.accountId());
        boolean wasSecondFactor = before.map(VerifiedPhone::smsSecondFactor).orElse(false);
        boolean smsSecondFactor = purpose == SmsCodePurpose.ENABLE_SMS_MFA || wasSecondFactor;
        boolean saved = transactions.inTransaction(() -> {
            if (!phones.saveVerified(caller.accountId(), phone, smsSecondFactor, now)) {
                return false;
            }
            audit.record(SecurityEventType.PHONE_VERIFIED, caller.accountId(), origin);
            if (before.isPresent() && !before.get().number().equals(phone)) {
                outbox.enqueue(emails.phoneChanged(account.get(), phone), now);
            }
            if (purpose == SmsCodePurpose.ENABLE_SMS_MFA && !wasSecondFactor) {
                outbox.enqueue(emails.smsCodesOn(account.get(), phone), now);
                audit.record(SecurityEventType.SMS_MFA_ENABLED, caller.accountId(), origin);
            }
            return true;
        });
        if (!saved) {
            return new CodeConfirmation.PhoneInUse();
        }
        return new CodeConfirmation.Verified(phone, smsSecondFactor);
    }
}
