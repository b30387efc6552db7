package org.tdah.assistant.adapters.rest.identity;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The second defence, after {@code SameSite=Strict}, of the requests that the refresh cookie
 * authenticates (a refresh whose body carries no token). Such a request must
 * <ol>
 *   <li>carry {@code X-Token-Transport: cookie}: a cross-site form cannot set a header, and a
 *       cross-site {@code fetch} with one needs a CORS preflight, which this API never answers
 *       with an allowance;</li>
 *   <li>when the browser says where it comes from, come from the app's own origin: a
 *       {@code Sec-Fetch-Site} other than {@code same-origin} is refused; without it (older browsers),
 *       an {@code Origin} other than the origin of {@code publicBaseUrl} is refused ({@code null} too).
 *       {@code Sec-Fetch-Site} wins because a browser sets it and no page can: behind a development
 *       proxy (Vite's) it says {@code same-origin} while {@code Origin} names the proxy.</li>
 * </ol>
 * A client that is not a browser (no {@code Origin}, no {@code Sec-Fetch-Site}) needs only the header;
 * it holds no victim's cookie to abuse. Nothing here is a secret, so plain comparisons are right; the
 * token itself is checked, hashed, by the same use case as a token from the body.
 */
public final class CsrfCheck {
    private final String publicOrigin;

    public CsrfCheck(String publicBaseUrl) {
        this.publicOrigin = originOf(publicBaseUrl)
                .orElseThrow(() -> new IllegalArgumentException("publicBaseUrl is not an absolute http(s) URL: " + publicBaseUrl));
    }

    /** Why a request that the cookie would authenticate is refused; empty when it may go on. */
    public Optional<String> refusal(String tokenTransport, String secFetchSite, String origin) {
        if (TokenTransport.of(tokenTransport).orElse(TokenTransport.BODY) != TokenTransport.COOKIE) {
            return Optional.of("A request authenticated by the refresh cookie must carry " + TokenTransport.HEADER
                    + ": cookie.");
        }
        if (secFetchSite != null) {
            return secFetchSite.trim().equalsIgnoreCase("same-origin") ? Optional.empty()
                    : Optional.of("The refresh cookie is only taken from the app's own pages.");
        }
        if (origin != null && !originOf(origin).map(publicOrigin::equals).orElse(false)) {
            return Optional.of("The refresh cookie is only taken from the app's own origin.");
        }
        return Optional.empty();
    }

    /** {@code scheme://host[:port]} in lower case, the default port left out (RFC 6454). */
    static Optional<String> originOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
    }
}
