package org.tdah.assistant.application.identity;

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
 * token of that login) is revoked and the answer is a refusal (OWASP ASVS 5.0 10.4.5).
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

    private final IdentityServices deps;

    public RefreshSession(IdentityServices services) {
        this.deps = services;
    }

    public Result refresh(Command command, RequestOrigin origin) {
        Instant now = deps.clock().instant();
        String replacement = deps.secrets().newToken();
        Rotation rotation = deps.refreshTokens().rotate(TokenHash.of(command.refreshToken()), TokenHash.of(replacement), now);
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
        return new Result.Refreshed(new IssuedTokens(accessToken, replacement, rotated.session()));
    }
}
