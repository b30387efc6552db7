package org.tdah.assistant.adapters.sms.emulator;

import java.time.Instant;

/**
 * The one account the emulator serves: its SID, a friendly name, when it was created, and its
 * status ({@code active}, {@code suspended} or {@code closed}), which a test may change.
 */
final class EmulatedAccount {
    static final String REDACTED_AUTH_TOKEN = "[auth token not echoed by the emulator]";

    private final String sid;
    private final Instant createdAt;
    private volatile String status = "active";

    EmulatedAccount(String sid, Instant createdAt) {
        this.sid = sid;
        this.createdAt = createdAt;
    }

    String sid() {
        return sid;
    }

    String friendlyName() {
        return "Twilio API emulator";
    }

    Instant createdAt() {
        return createdAt;
    }

    String status() {
        return status;
    }

    void status(String status) {
        this.status = status;
    }
}
