package org.tdah.assistant.application.identity.phone;

import java.time.Clock;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.IdentityEmails;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Transactions;

import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.TypedCode;
import org.tdah.assistant.application.identity.support.SmsCodeSender;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.identity.port.Phones.VerifiedPhone;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.SmsCodePurpose;
import org.tdah.assistant.domain.identity.StepUpPolicy;
import org.tdah.assistant.domain.shared.InputCheck;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The account's phone: verifying a number with a code sent to it, optionally making SMS codes a
 * second factor at the same time, and turning that factor off. Replacing a verified number and
 * turning the factor off need a recent authentication.
 */
public final class ManagePhone {

    /** A number typed by the person. */
    public record PhoneCommand(PhoneNumber phone) {
        public static PhoneCommand of(String raw) {
            InputCheck check = new InputCheck();
            PhoneNumber phone = check.require("phone", raw, PhoneNumber::parse);
            check.throwIfInvalid();
            return new PhoneCommand(phone);
        }

        @Override
        public String toString() {
            return "PhoneCommand[phone=" + phone.masked() + "]";
        }
    }

    /** How a change of the phone ended. */
    public sealed interface Result {
        record CodeSent(PhoneNumber phone, Duration expiresIn) implements Result {}

        record Verified(PhoneNumber phone, boolean smsMfa) implements Result {}

        record SmsMfaDisabled() implements Result {}

        record Throttled(Duration retryAfter) implements Result {}

        /** The number cannot receive SMS. */
        record CannotReceiveSms() implements Result {}

        /** The person replied STOP to our number: we may not text it. */
        record Unsubscribed() implements Result {}

        record WrongCode() implements Result {}

        /** No code sent, or it expired, was used or was tried too often. */
        record NoUsableCode() implements Result {}

        /** The number is another account's verified phone. */
        record PhoneInUse() implements Result {}

        record NotEnabled() implements Result {}

        /** The change needs a proof of identity from the last five minutes. */
        record ReauthenticationRequired() implements Result {}

        record NoSuchAccount() implements Result {}
    }

    private final Clock clock;
    private final Accounts accounts;
    private final Phones phones;
    private final Transactions transactions;
    private final EmailOutbox outbox;
    private final IdentityEmails emails;
    private final AuditTrail audit;
    private final SmsCodeSender codes;

    public ManagePhone(Clock clock, Accounts accounts, Phones phones, Transactions transactions, EmailOutbox outbox, IdentityEmails emails, AuditTrail audit, SmsCodeSender codes) {
        this.clock = clock;
        this.accounts = accounts;
        this.phones = phones;
        this.transactions = transactions;
        this.outbox = outbox;
        this.emails = emails;
        this.audit = audit;
        this.codes = codes;
    }

    /** Sends a code to the number, to make it the account's verified phone. */
    public Result requestVerification(Caller caller, PhoneCommand command, RequestOrigin origin) {
        return sendCode(caller, command.phone(), SmsCodePurpose.VERIFY_PHONE, origin);
    }

    public Result verify(Caller caller, TypedCode command, RequestOrigin origin) {
        return confirm(caller, command, SmsCodePurpose.VERIFY_PHONE, origin);
    }

    /** Sends a code to the number, to make it the account's phone and SMS codes a second factor. */
    public Result setUpSmsMfa(Caller caller, PhoneCommand command, RequestOrigin origin) {
        return sendCode(caller, command.phone(), SmsCodePurpose.ENABLE_SMS_MFA, origin);
    }

    public Result confirmSmsMfa(Caller caller, TypedCode command, RequestOrigin origin) {
        return confirm(caller, command, SmsCodePurpose.ENABLE_SMS_MFA, origin);
    }

    public Result disableSmsMfa(Caller caller, RequestOrigin origin) {
        Instant now = clock.instant();
        if (!StepUpPolicy.isRecent(caller.authenticatedAt(), now)) {
            return new Result.ReauthenticationRequired();
        }
        Optional<Account> account = accounts.withId(caller.accountId());
        if (account.isEmpty()) {
            return new Result.NoSuchAccount();
        }
        if (phones.of(caller.accountId()).filter(VerifiedPhone::smsMfa).isEmpty()) {
            return new Result.NotEnabled();
        }
        transactions.run(() -> {
            phones.disableSmsMfa(caller.accountId());
            outbox.enqueue(emails.smsCodesOff(account.get()), now);
            audit.record(SecurityEventType.SMS_MFA_DISABLED, caller.accountId(), origin);
        });
        return new Result.SmsMfaDisabled();
    }

    private Result sendCode(Caller caller, PhoneNumber phone, SmsCodePurpose purpose, RequestOrigin origin) {
        if (accounts.withId(caller.accountId()).isEmpty()) {
            return new Result.NoSuchAccount();
        }
        boolean replacesAnotherNumber = phones.of(caller.accountId())
                .filter(current -> !current.number().equals(phone)).isPresent();
        if (replacesAnotherNumber && !StepUpPolicy.isRecent(caller.authenticatedAt(), clock.instant())) {
            return new Result.ReauthenticationRequired();
        }
        SmsCodeSender.Sent sent = codes.send(caller.accountId(), purpose, phone, origin);
        if (sent instanceof SmsCodeSender.Sent.Delivered delivered) {
            return new Result.CodeSent(delivered.phone(), delivered.expiresIn());
        }
        if (sent instanceof SmsCodeSender.Sent.Throttled throttled) {
            return new Result.Throttled(throttled.retryAfter());
        }
        if (sent instanceof SmsCodeSender.Sent.Unsubscribed) {
            return new Result.Unsubscribed();
        }
        return new Result.CannotReceiveSms();
    }

    private Result confirm(Caller caller, TypedCode command, SmsCodePurpose purpose, RequestOrigin origin) {
        Optional<Account> account = accounts.withId(caller.accountId());
        if (account.isEmpty()) {
            return new Result.NoSuchAccount();
        }
        SmsCodeSender.Checked checked = codes.check(caller.accountId(), purpose, command.code());
        if (checked instanceof SmsCodeSender.Checked.Wrong) {
            audit.record(SecurityEventType.MFA_FAILED, caller.accountId(), origin);
            return new Result.WrongCode();
        }
        if (!(checked instanceof SmsCodeSender.Checked.Accepted accepted)) {
            return new Result.NoUsableCode();
        }
        Instant now = clock.instant();
        PhoneNumber phone = accepted.phone();
        Optional<VerifiedPhone> before = phones.of(caller.accountId());
        boolean smsMfa = purpose == SmsCodePurpose.ENABLE_SMS_MFA || before.map(VerifiedPhone::smsMfa).orElse(false);
        boolean saved = transactions.inTransaction(() -> {
            if (!phones.saveVerified(caller.accountId(), phone, smsMfa, now)) {
                return false;
            }
            audit.record(SecurityEventType.PHONE_VERIFIED, caller.accountId(), origin);
            if (before.isPresent() && !before.get().number().equals(phone)) {
                outbox.enqueue(emails.phoneChanged(account.get(), phone), now);
            }
            if (purpose == SmsCodePurpose.ENABLE_SMS_MFA && !before.map(VerifiedPhone::smsMfa).orElse(false)) {
                outbox.enqueue(emails.smsCodesOn(account.get(), phone), now);
                audit.record(SecurityEventType.SMS_MFA_ENABLED, caller.accountId(), origin);
            }
            return true;
        });
        if (!saved) {
            return new Result.PhoneInUse();
        }
        return new Result.Verified(phone, smsMfa);
    }
}
