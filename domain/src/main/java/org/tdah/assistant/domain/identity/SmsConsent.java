package org.tdah.assistant.domain.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's consent to be texted by the assistant: when it was first given and where. A withdrawn
 * consent is no consent at all (no value), so that texting needs a consent given again.
 */
public record SmsConsent(Instant givenAt, Source source) {

    /** Where the person said yes: in their profile, or by texting the assistant. */
    public enum Source {
        PROFILE,
        SMS;

        /** The name clients use: {@code profile}, {@code sms}. */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Source> fromWireName(String name) {
            for (Source source : values()) {
                if (source.wireName().equals(name)) {
                    return Optional.of(source);
                }
            }
            return Optional.empty();
        }
    }

    public SmsConsent {
        Objects.requireNonNull(givenAt, "givenAt");
        Objects.requireNonNull(source, "source");
    }
}
