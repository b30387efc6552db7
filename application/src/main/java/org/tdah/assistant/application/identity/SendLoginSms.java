package org.tdah.assistant.application.identity;

import java.time.Duration;
import java.util.Optional;
import org.tdah.assistant.application.identity.port.Phones.VerifiedPhone;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SmsCodePurpose;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;
import org.tdah.assistant.domain.shared.InputCheck;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * During a login that waits for a second factor, sends a code to the account's phone when SMS
 * codes are one of its factors. The mfaToken is not used up: the code is typed with it.
 */
public final class SendLoginSms {

    /** The mfaToken of the first step; never printed. */
    public record Command(String mfaToken) {
        public Command {
            InputCheck check = new InputCheck();
            check.requirePresent("mfaToken", mfaToken);
            check.throwIfInvalid();
        }

        @Override
        public String toString() {
            return "SendLoginSms.Command[redacted]";
        }
    }

    /** How the send ended. */
    public sealed interface Result {
        record Sent(PhoneNumber phone, Duration expiresIn) implements Result {}

        /** Unknown, used or expired mfaToken: log in again. */
        record InvalidMfaToken() implements Result {}

        /** SMS codes are not a factor of this account. */
        record NotEnabled() implements Result {}

        record Throttled(Duration retryAfter) implements Result {}

        /** The provider refused the number (it no longer receives SMS, or replied STOP). */
        record Undeliverable() implements Result {}
    }

    private final IdentityServices deps;
    private final SmsCodeSender codes;

    public SendLoginSms(IdentityServices services) {
        this.deps = services;
        this.codes = new SmsCodeSender(services);
    }

    public Result send(Command command, RequestOrigin origin) {
        Optional<AccountId> account = deps.oneTimeTokens()
                .findUsable(TokenHash.of(command.mfaToken()), TokenPurpose.MFA_LOGIN, deps.clock().instant());
        if (account.isEmpty()) {
            return new Result.InvalidMfaToken();
        }
        Optional<VerifiedPhone> phone = deps.phones().of(account.get()).filter(VerifiedPhone::smsMfa);
        if (phone.isEmpty()) {
            return new Result.NotEnabled();
        }
        SmsCodeSender.Sent sent = codes.send(account.get(), SmsCodePurpose.MFA_LOGIN, phone.get().number(), origin);
        if (sent instanceof SmsCodeSender.Sent.Delivered delivered) {
            return new Result.Sent(delivered.phone(), delivered.expiresIn());
        }
        if (sent instanceof SmsCodeSender.Sent.Throttled throttled) {
            return new Result.Throttled(throttled.retryAfter());
        }
        return new Result.Undeliverable();
    }
}
