package org.tdah.assistant.domain.identity;

import java.util.Locale;

/**
 * What a code sent by SMS proves: a code for one purpose is never accepted for another, nor for
 * another account.
 */
public enum SmsCodePurpose {
    /** The person reads this phone: it becomes the account's verified phone. */
    VERIFY_PHONE,
    /** The same, and SMS codes become a second factor of the account. */
    ENABLE_SMS_MFA,
    /** The second step of a login. */
    MFA_LOGIN,
    /** A fresh proof of identity before a sensitive change. */
    REAUTHENTICATE;

    /** The name stored with the code. */
    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
