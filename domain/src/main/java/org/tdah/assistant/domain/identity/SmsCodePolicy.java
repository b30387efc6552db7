package org.tdah.assistant.domain.identity;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Codes sent by SMS: six digits, ten minutes, single use, at most five tries each; at most three
 * sends per fifteen minutes for an account and for a phone number. Six digits are guessable with
 * enough tries, so the limits, not the code length, are what protect them.
 */
public final class SmsCodePolicy {
    public static final int DIGITS = 6;
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    public static final int MAX_ATTEMPTS = 5;
    public static final int MAX_SENDS = 3;
    public static final Duration SEND_WINDOW = Duration.ofMinutes(15);
    private static final Pattern WELL_FORMED = Pattern.compile("[0-9]{" + DIGITS + "}");

    private SmsCodePolicy() {}

    /** The form a typed code is compared in: digits only, spaces and dashes dropped. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }

    public static boolean isWellFormed(String normalized) {
        return WELL_FORMED.matcher(normalized).matches();
    }

    /**
     * What is stored of a code: its hash together with the account and the purpose it was sent for,
     * so that a stored hash matches nowhere else.
     */
    public static TokenHash hash(AccountId account, SmsCodePurpose purpose, String normalizedCode) {
        return TokenHash.of(account.value() + ":" + purpose.storedName() + ":" + normalizedCode);
    }

    /** The text of the message; short, so that it fits one SMS segment. */
    public static String message(String code) {
        return code + " is your TDAH Assistant code. It expires in " + LIFETIME.toMinutes()
                + " minutes. Never share it.";
    }
}
