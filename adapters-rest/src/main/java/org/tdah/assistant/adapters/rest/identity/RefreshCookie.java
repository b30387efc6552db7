package org.tdah.assistant.adapters.rest.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The refresh token as a browser keeps it: {@code __Secure-refresh-token=<token>; Path=/api/v1/auth;
 * Max-Age=<session lifetime>; Secure; HttpOnly; SameSite=Strict}. {@code HttpOnly}: no script of the
 * page can read it, so a cross-site scripting flaw cannot carry it away. {@code SameSite=Strict}: the
 * browser sends it on no request started by another site. {@code Path=/api/v1/auth}: it goes only to
 * the endpoints that take it (refresh, logout), never with the other API calls or the app's assets;
 * which rules out the {@code __Host-} prefix (it needs {@code Path=/}), so the name has the
 * {@code __Secure-} prefix, which browsers accept only with {@code Secure} from a secure origin (they
 * count {@code http://localhost} as one). A request with two cookies of that name (one planted by a
 * sibling subdomain, which {@code __Secure-} does not prevent) is refused rather than guessed at.
 * {@code Max-Age} is the session's lifetime: rotation never extends the session, so the cookie may
 * outlive it by at most that much, and the API refuses it then.
 */
public final class RefreshCookie {
    public static final String NAME = "__Secure-refresh-token";
    public static final String PATH = "/api/v1/auth";
    private static final String ATTRIBUTES = "; Path=" + PATH + "; Max-Age=%d; Secure; HttpOnly; SameSite=Strict";
    /** RFC 6265 cookie-octets; the API's tokens are base64url, well inside them. */
    private static final Pattern COOKIE_VALUE = Pattern.compile("[A-Za-z0-9._~+/=-]{1,512}");

    private final Duration lifetime;

    public RefreshCookie(Duration lifetime) {
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a refresh cookie lives longer than zero: " + lifetime);
        }
    }

    /** The {@code Set-Cookie} value that hands this refresh token to the browser. */
    public String carrying(String refreshToken) {
        if (refreshToken == null || !COOKIE_VALUE.matcher(refreshToken).matches()) {
            throw new IllegalArgumentException("a refresh token that cannot be a cookie value");
        }
        return NAME + "=" + refreshToken + ATTRIBUTES.formatted(lifetime.toSeconds());
    }

    /** The {@code Set-Cookie} value that makes the browser drop the cookie. */
    public String cleared() {
        return NAME + "=" + ATTRIBUTES.formatted(0);
    }

    /** What the {@code Cookie} headers of a request hold of the refresh cookie. */
    public sealed interface Presented {
        /** No refresh cookie. */
        record None() implements Presented {}

        /** Exactly one; its value is a secret, never printed. */
        record One(String token) implements Presented {
            @Override
            public String toString() {
                return "One[redacted]";
            }
        }

        /** More than one cookie of that name: nobody can tell which is the browser's own. */
        record Several() implements Presented {}
    }

    /** Reads the refresh cookie out of a request's {@code Cookie} headers (RFC 6265 section 5.4 syntax). */
    public static Presented in(Iterable<String> cookieHeaders) {
        List<String> values = new ArrayList<>();
        if (cookieHeaders != null) {
            for (String header : cookieHeaders) {
                if (header == null) {
                    continue;
                }
                for (String pair : header.split(";")) {
                    int equals = pair.indexOf('=');
                    if (equals < 0 || !pair.substring(0, equals).trim().equals(NAME)) {
                        continue;
                    }
                    String value = pair.substring(equals + 1).trim();
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    values.add(value);
                }
            }
        }
        List<String> nonEmpty = values.stream().filter(value -> !value.isEmpty()).toList();
        if (values.size() > 1) {
            return new Presented.Several();
        }
        return nonEmpty.isEmpty() ? new Presented.None() : new Presented.One(nonEmpty.get(0));
    }
}
