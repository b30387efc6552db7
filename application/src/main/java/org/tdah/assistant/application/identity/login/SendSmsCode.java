package org.tdah.assistant.application.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.application.identity.port.Phones.VerifiedPhone;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.identity.support.SmsCodeSender;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SmsCodePurpose;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.identity.TokenPurpose;
import org.tdah.assistant.domain.shared.InputCheck;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Sends a code to the account's phone when SMS codes are one of its factors: during a login that
 * waits for a second factor (the mfaToken is not used up: the code is typed with it), or to
 * re-authenticate before a sensitive change. Each code is only good for what it was sent for.
 */
public final class SendSmsCode {

    /** The mfaToken of the first step; never printed. */
    public record Command(String mfaToken) {
        public Command {
            InputCheck check = new InputCheck();
            check.requirePresent("mfaToken", mfaToken);
            check.throwIfInvalid();
        }

        @Override
        public String toString() {
            return "SendSmsCode.Command[redacted]";
        }
    }

    /** How the send ended. */
    public sealed interface Result {
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Sent sent);

            T on(InvalidMfaToken invalidMfaToken);

            T on(NotEnabled notEnabled);

            T on(Throttled throttled);

            T on(Undeliverable undeliverable);
        }

        record Sent(PhoneNumber phone, Duration expiresIn) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** Unknown, used or expired mfaToken: log in again. */
        record InvalidMfaToken() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** SMS codes are not a factor of this account. */
        record NotEnabled() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        record Throttled(Duration retryAfter) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** The provider refused the number (it no longer receives SMS, or replied STOP). */
        record Undeliverable() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    private final OneTimeTokens oneTimeTokens;
    private final Clock clock;
    private final Phones phones;
    private final SmsCodeSender codes;

    public SendSmsCode(OneTimeTokens oneTimeTokens, Clock clock, Phones phones, SmsCodeSender codes) {
        this.oneTimeTokens = oneTimeTokens;
        this.clock = clock;
        this.phones = phones;
        this.codes = codes;
    }

    public Result duringLogin(Command command, RequestOrigin origin) {
        Optional<AccountId> account = oneTimeTokens
                .findUsable(TokenHash.of(command.mfaToken()), TokenPurpose.MFA_LOGIN, clock.instant());
        if (account.isEmpty()) {
            return new Result.InvalidMfaToken();
        }
        return send(account.get(), SmsCodePurpose.MFA_LOGIN, origin);
    }

    public Result toReauthenticate(Caller caller, RequestOrigin origin) {
        return send(caller.accountId(), SmsCodePurpose.REAUTHENTICATE, origin);
    }

    private Result send(AccountId account, SmsCodePurpose purpose, RequestOrigin origin) {
        Optional<VerifiedPhone> phone = phones.of(account).filter(VerifiedPhone::smsSecondFactor);
        if (phone.isEmpty()) {
            return new Result.NotEnabled();
        }
        SmsCodeSender.Sent sent = codes.send(account, purpose, phone.get().number(), origin);
        if (sent instanceof SmsCodeSender.Sent.Delivered delivered) {
            return new Result.Sent(delivered.phone(), delivered.expiresIn());
        }
        if (sent instanceof SmsCodeSender.Sent.Throttled throttled) {
            return new Result.Throttled(throttled.retryAfter());
        }
        return new Result.Undeliverable();
    }
}
