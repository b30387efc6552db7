package org.tdah.assistant.application.identity.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.identity.IssuedAccessToken;
import org.tdah.assistant.application.identity.IssuedTokens;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.RefreshTokens.Rotation;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.SessionTokens;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.port.Secrets;
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
        <T> T map(Mapping<T> mapping);

        /** One answer per variant: a new variant does not compile until every caller answers it. */
        interface Mapping<T> {
            T on(Refreshed refreshed);

            T on(Refused refused);
        }

        record Refreshed(IssuedTokens tokens) implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }

        /** Unknown, expired, revoked or reused: the same answer for each. */
        record Refused() implements Result {
            @Override
            public <T> T map(Mapping<T> mapping) {
                return mapping.on(this);
            }
        }
    }

    /** How long a just-rotated token still gives its replacement instead of revoking the session. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

    private final Clock clock;
    private final Secrets secrets;
    private final RefreshTokens refreshTokens;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final Accounts accounts;
    private final SessionTokens sessionTokens;
    private final Duration grace;

    public RefreshSession(Clock clock, Secrets secrets, RefreshTokens refreshTokens, Sessions sessions, AuditTrail audit, Accounts accounts, SessionTokens sessionTokens, Duration grace) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("the refresh grace window cannot be negative");
        }
        this.grace = grace;
        this.clock = clock;
        this.secrets = secrets;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
        this.audit = audit;
        this.accounts = accounts;
        this.sessionTokens = sessionTokens;
    }

    public Result refresh(Command command, RequestOrigin origin) {
        Instant now = clock.instant();
        Rotation rotation = refreshTokens.rotate(TokenHash.of(command.refreshToken()), secrets.newToken(), now, grace);
        if (rotation instanceof Rotation.Reused reused) {
            refreshTokens.revokeSession(reused.session(), now);
            sessions.end(reused.session());
            audit.record(SecurityEventType.REFRESH_TOKEN_REUSE_DETECTED, reused.account(), origin);
            return new Result.Refused();
        }
        if (!(rotation instanceof Rotation.Rotated rotated)) {
            return new Result.Refused();
        }
        Optional<Account> account = accounts.withId(rotated.account());
        if (account.isEmpty() || account.get().isDisabled() || sessions.touch(rotated.session(), now).isEmpty()) {
            refreshTokens.revokeSession(rotated.session(), now);
            return new Result.Refused();
        }
        IssuedAccessToken accessToken = sessionTokens.accessToken(account.get(), rotated.session());
        return new Result.Refreshed(new IssuedTokens(accessToken, rotated.refreshToken(), rotated.session()));
    }
}
