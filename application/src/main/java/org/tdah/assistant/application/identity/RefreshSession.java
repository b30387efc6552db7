package org.tdah.assistant.application.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.identity.port.RefreshTokens.Rotation;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.TokenHash;
import org.tdah.assistant.domain.shared.InputCheck;

/**
 * Exchanges a refresh token for a new access token and a new refresh token; the presented one is
 * spent. Presenting a spent token again means two parties hold it, so the whole session (every
 * token of that login) is revoked and the answer is a refusal (OWASP ASVS 5.0 10.4.5); except
 * within the grace window after its rotation (10 seconds unless configured, as Ory Hydra's
 * rotation grace period and Okta's and Auth0's reuse interval), while its replacement is still
 * the session's newest token: that is one client refreshing twice at once, and every such refresh
 * gets the same new refresh token (and an access token of its own). However many race, exactly
 * one rotation happens.
 */
public final class RefreshSession {

    /** The refresh token; never printed. */
    public record Command(String refreshToken) {
        public Command {
            InputCheck check = new InputCheck();
            check.requirePresent("refreshToken", refreshToken);
            check.throwIfInvalid();
        }

        @Override
        public String toString() {
            return "RefreshSession.Command[redacted]";
        }
    }

    /** How a refresh ended. */
    public sealed interface Result {
        record Refreshed(IssuedTokens tokens) implements Result {}

        /** Unknown, expired, revoked or reused: the same answer for each. */
        record Refused() implements Result {}
    }

    /** How long a just-rotated token still gives its replacement instead of revoking the session. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

    private final IdentityServices deps;
    private final Duration grace;

    public RefreshSession(IdentityServices services) {
        this(services, DEFAULT_GRACE);
    }

    public RefreshSession(IdentityServices services, Duration grace) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("the refresh grace window cannot be negative");
        }
        this.deps = services;
        this.grace = grace;
    }

    public Result refresh(Command command, RequestOrigin origin) {
        Instant now = deps.clock().instant();
        Rotation rotation = deps.refreshTokens().rotate(
                TokenHash.of(command.refreshToken()), deps.secrets().newToken(), now, grace);
        if (rotation instanceof Rotation.Reused reused) {
            deps.refreshTokens().revokeSession(reused.session(), now);
            deps.sessions().end(reused.session());
            deps.audit().record(SecurityEventType.REFRESH_TOKEN_REUSE_DETECTED, reused.account(), origin);
            return new Result.Refused();
        }
        if (!(rotation instanceof Rotation.Rotated rotated)) {
            return new Result.Refused();
        }
        Optional<Account> account = deps.accounts().withId(rotated.account());
        if (account.isEmpty() || deps.sessions().touch(rotated.session(), now).isEmpty()) {
            deps.refreshTokens().revokeSession(rotated.session(), now);
            return new Result.Refused();
        }
        IssuedAccessToken accessToken = deps.sessionTokens().accessToken(account.get(), rotated.session());
        return new Result.Refreshed(new IssuedTokens(accessToken, rotated.refreshToken(), rotated.session()));
    }
}
