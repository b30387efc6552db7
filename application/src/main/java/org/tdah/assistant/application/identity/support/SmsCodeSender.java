package org.tdah.assistant.application.identity.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.identity.port.SmsCodes.PendingCode;
import org.tdah.assistant.application.identity.port.SmsCodes;
import org.tdah.assistant.application.shared.RateLimiter;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.Secrets;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.shared.port.TextMessages;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.SixDigitCode;
import org.tdah.assistant.domain.identity.SmsCodePolicy;
import org.tdah.assistant.domain.identity.SmsCodePurpose;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Sending a code by SMS and checking it, for every purpose: at most three sends per fifteen
 * minutes per account and per number (counted under the number's hash, so Redis holds no phone
 * numbers), hashes compared in constant time, five wrong tries kill a code, and a right one is
 * used up.
 */
public final class SmsCodeSender {
    public static final RateLimiter.Limit SENDS_PER_ACCOUNT =
            new RateLimiter.Limit("sms-code-account", SmsCodePolicy.MAX_SENDS, SmsCodePolicy.SEND_WINDOW);
    public static final RateLimiter.Limit SENDS_PER_PHONE =
            new RateLimiter.Limit("sms-code-phone", SmsCodePolicy.MAX_SENDS, SmsCodePolicy.SEND_WINDOW);

    /** How a send ended. */
    public sealed interface Sent {
        record Delivered(PhoneNumber phone, Duration expiresIn) implements Sent {}

        record Throttled(Duration retryAfter) implements Sent {}

        /** The number cannot receive SMS. */
        record InvalidNumber() implements Sent {}

        /** The person replied STOP to our number. */
        record Unsubscribed() implements Sent {}
    }

    /** How a check ended. */
    public sealed interface Checked {
        record Accepted(PhoneNumber phone) implements Checked {}

        record Wrong() implements Checked {}

        /** None sent, expired, used, or tried too often: a new one is needed. */
        record NoUsableCode() implements Checked {}
    }

    private final RateLimiter rateLimiter;
    private final Secrets secrets;
    private final TextMessages textMessages;
    private final Clock clock;
    private final SmsCodes smsCodes;
    private final AuditTrail audit;

    public SmsCodeSender(RateLimiter rateLimiter, Secrets secrets, TextMessages textMessages, Clock clock, SmsCodes smsCodes, AuditTrail audit) {
        this.rateLimiter = rateLimiter;
        this.secrets = secrets;
        this.textMessages = textMessages;
        this.clock = clock;
        this.smsCodes = smsCodes;
        this.audit = audit;
    }

    public Sent send(AccountId account, SmsCodePurpose purpose, PhoneNumber phone, RequestOrigin origin) {
        Optional<Duration> wait = rateLimiter.acquire(SENDS_PER_ACCOUNT, account.value())
                .or(() -> rateLimiter.acquire(SENDS_PER_PHONE, TokenHash.of(phone.value()).hex()));
        if (wait.isPresent()) {
            return new Sent.Throttled(wait.get());
        }
        String code = secrets.newDigits(SixDigitCode.DIGITS);
        SmsSendResult result = textMessages.send(new OutgoingSms(phone, text(code)));
        if (result instanceof SmsSendResult.InvalidNumber) {
            return new Sent.InvalidNumber();
        }
        if (result instanceof SmsSendResult.Unsubscribed) {
            return new Sent.Unsubscribed();
        }
        // Stored once Twilio took it: a refused or failed send leaves an earlier pending code usable.
        Instant now = clock.instant();
        smsCodes.issue(account, purpose, phone, SmsCodePolicy.hash(account, purpose, code),
                now.plus(SmsCodePolicy.LIFETIME));
        audit.record(SecurityEventType.SMS_CODE_SENT, account, origin);
        return new Sent.Delivered(phone, SmsCodePolicy.LIFETIME);
    }

    public Checked check(AccountId account, SmsCodePurpose purpose, String typed) {
        Instant now = clock.instant();
        Optional<PendingCode> pending = smsCodes.countAttempt(account, purpose, now, SmsCodePolicy.MAX_ATTEMPTS);
        if (pending.isEmpty()) {
            return new Checked.NoUsableCode();
        }
        String normalized = SixDigitCode.normalize(typed);
        TokenHash typedHash = SmsCodePolicy.hash(account, purpose, normalized);
        if (!SixDigitCode.isWellFormed(normalized) || !sameHash(typedHash, pending.get().codeHash())) {
            return new Checked.Wrong();
        }
        if (!smsCodes.use(account, purpose, typedHash, now)) {
            return new Checked.NoUsableCode();
        }
        return new Checked.Accepted(pending.get().phone());
    }

    /** The text of the message: short, so that it fits one SMS segment. */
    public static String text(String code) {
        return code + " is your TDAH Assistant code. It expires in " + SmsCodePolicy.LIFETIME.toMinutes()
                + " minutes. Never share it.";
    }

    private static boolean sameHash(TokenHash typed, TokenHash stored) {
        return MessageDigest.isEqual(typed.hex().getBytes(StandardCharsets.US_ASCII),
                stored.hex().getBytes(StandardCharsets.US_ASCII));
    }
}
