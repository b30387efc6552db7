package org.tdah.assistant.domain.identity;

import java.util.Locale;
import java.util.Optional;

/** The second factors a person can prove themselves with at login. */
public enum SecondFactorMethod {
    TOTP,
    SMS,
    BACKUP_CODE;

    /** The name clients use: {@code totp}, {@code sms}, {@code backup_code}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SecondFactorMethod> fromWireName(String name) {
        for (SecondFactorMethod method : values()) {
            if (method.wireName().equals(name)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}
