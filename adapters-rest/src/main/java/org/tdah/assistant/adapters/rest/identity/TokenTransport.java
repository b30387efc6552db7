package org.tdah.assistant.adapters.rest.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the refresh token of a token answer goes, as the client asks with the {@value #HEADER} header
 * on {@code /auth/login}, {@code /auth/mfa/verify}, {@code /auth/refresh} and {@code /auth/logout}:
 * absent (or {@code body}), in the JSON body, as every client got it before; {@code cookie}, in an
 * {@code HttpOnly} cookie that no script can read ({@link RefreshCookie}), for the web app. The header
 * is also the CSRF defence of the cookie: a cross-site form cannot send a custom header, and a
 * cross-site script cannot without a CORS preflight this API never grants ({@link CsrfCheck}).
 */
public enum TokenTransport {
    BODY,
    COOKIE;

    public static final String HEADER = "X-Token-Transport";

    /** The transport a header value names; empty for a value that names none. */
    public static Optional<TokenTransport> of(String header) {
        if (header == null || header.isBlank()) {
            return Optional.of(BODY);
        }
        return switch (header.trim().toLowerCase(Locale.ROOT)) {
            case "body" -> Optional.of(BODY);
            case "cookie" -> Optional.of(COOKIE);
            default -> Optional.empty();
        };
    }
}
