package org.tdah.assistant.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One login of an account, on one device. It ends at the latest {@code expiresAt} (its absolute
 * lifetime), earlier when unused for longer than its idle timeout, or when it is ended (logout,
 * password reset, reuse of a refresh token, eviction by a newer login). {@code authenticatedAt}
 * is when its owner last proved who they are (at login, or when re-authenticating for a
 * sensitive change).
 */
public record Session(
        SessionId id,
        AccountId accountId,
        Instant createdAt,
        Instant expiresAt,
        Duration idleTimeout,
        Instant lastSeenAt,
        Instant authenticatedAt,
        String deviceLabel,
        String address) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(authenticatedAt, "authenticatedAt");
        Objects.requireNonNull(deviceLabel, "deviceLabel");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a session expires after it starts");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("a session's idle timeout is positive");
        }
    }

    /** A session starting now: seen and authenticated now. */
    public static Session start(SessionId id, AccountId accountId, Instant now, Duration lifetime, Duration idleTimeout,
            String deviceLabel, String address) {
        return new Session(id, accountId, now, now.plus(lifetime), idleTimeout, now, now, deviceLabel, address);
    }

    /** Whether it is still usable at this instant: neither past its lifetime nor idle too long. */
    public boolean isActiveAt(Instant now) {
        return now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
    }

    /** When it ends if unused from now on. */
    public Instant endsAt() {
        Instant idleEnd = lastSeenAt.plus(idleTimeout);
        return idleEnd.isBefore(expiresAt) ? idleEnd : expiresAt;
    }

    public Session seenAt(Instant now) {
        return new Session(id, accountId, createdAt, expiresAt, idleTimeout, now, authenticatedAt, deviceLabel, address);
    }

    public Session authenticatedAt(Instant now) {
        return new Session(id, accountId, createdAt, expiresAt, idleTimeout, lastSeenAt, now, deviceLabel, address);
    }
}
