package org.tdah.assistant.application.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;

/** What an access token asserts: who, in which session, with which roles, from when until when, under which id. */
public record AccessTokenClaims(
        AccountId subject, SessionId session, Set<Role> roles, Instant issuedAt, Instant expiresAt, String tokenId) {
    public AccessTokenClaims {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(tokenId, "tokenId");
        roles = Set.copyOf(roles);
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a token expires after it is issued");
        }
    }
}
