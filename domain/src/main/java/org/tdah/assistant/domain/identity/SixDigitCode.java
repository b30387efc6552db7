package org.tdah.assistant.domain.identity;

import java.util.regex.Pattern;

/**
 * The six-digit codes people type, from an authenticator app or a text message. Apps and texts
 * often show them in two groups ("123 456"), so spaces and dashes are dropped before comparing.
 */
public final class SixDigitCode {
    public static final int DIGITS = 6;
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{" + DIGITS + "}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private SixDigitCode() {}

    /** The form a typed code is compared in: spaces and dashes dropped; empty for null. */
    public static String normalize(String typed) {
        return typed == null ? "" : SEPARATORS.matcher(typed).replaceAll("");
    }

    /** Whether a normalized code is six digits, nothing else. */
    public static boolean isWellFormed(String normalized) {
        return normalized != null && SIX_DIGITS.matcher(normalized).matches();
    }
}
