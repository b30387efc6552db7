package org.tdah.assistant.application.sms;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a text stands at the provider, as its status callbacks report it (Twilio's names). A
 * final status is never replaced by an earlier one that arrives late.
 */
public enum DeliveryStatus {
    RECEIVED(true),
    QUEUED(false),
    SENDING(false),
    SENT(false),
    DELIVERED(true),
    UNDELIVERED(true),
    FAILED(true);

    private final boolean last;

    DeliveryStatus(boolean last) {
        this.last = last;
    }

    /** True when no later status can follow. */
    public boolean last() {
        return last;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status of a provider's name of it ({@code accepted} and {@code scheduled} are queued). */
    public static Optional<DeliveryStatus> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("accepted") || lower.equals("scheduled")) {
            return Optional.of(QUEUED);
        }
        for (DeliveryStatus status : values()) {
            if (status.wireName().equals(lower)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
