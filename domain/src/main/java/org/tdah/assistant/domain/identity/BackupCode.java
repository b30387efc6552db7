package org.tdah.assistant.domain.identity;

import java.util.Locale;

/**
 * Backup codes: single-use codes a person prints or stores to log in without their phone. Each is
 * 12 characters of base32 (60 bits), shown as {@code ABCD-EFGH-JKLM}; typed with or without the
 * dashes, in any case. Only their hashes are stored.
 */
public final class BackupCode {
    public static final int COUNT = 10;
    public static final int CHARACTERS = 12;

    private BackupCode() {}

    /** Groups 12 base32 characters as {@code XXXX-XXXX-XXXX}. */
    public static String format(String base32) {
        String code = base32.toUpperCase(Locale.ROOT);
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12);
    }

    /** The form a typed code is hashed in: no dashes or spaces, upper case. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
