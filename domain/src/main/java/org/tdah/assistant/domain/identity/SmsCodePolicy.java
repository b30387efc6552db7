package org.tdah.assistant.domain.identity;

import java.time.Duration;

/**
 * Codes sent by SMS: a {@link SixDigitCode}, valid ten minutes, single use, at most five tries
 * each; at most three sends per fifteen minutes for an account and for a phone number. Six digits
 * are guessable with enough tries, so the limits, not the code length, are what protect them.
 */
public final class SmsCodePolicy {
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    public static final int MAX_ATTEMPTS = 5;
    public static final int MAX_SENDS = 3;
    public static final Duration SEND_WINDOW = Duration.ofMinutes(15);

    private SmsCodePolicy() {}

    /**
     * What is stored of a code: its hash together with the account and the purpose it was sent for,
     * so that a stored hash matches nowhere else.
     */
    public static TokenHash hash(AccountId account, SmsCodePurpose purpose, String normalizedCode) {
        return TokenHash.of(account.value() + ":" + purpose.storedName() + ":" + normalizedCode);
    }
}
