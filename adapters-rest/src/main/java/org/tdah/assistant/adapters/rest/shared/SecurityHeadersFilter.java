package org.tdah.assistant.adapters.rest.shared;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-facing security headers of every answer of the application port: the web app's pages and
 * assets, the API and Swagger UI. The Content-Security-Policy lets scripts come only from the
 * application's own files, never inline, never {@code eval}, never from another origin; the page is never
 * framed (clickjacking), forms and {@code <base>} stay on the origin, plugins are off, and fetches go to
 * the origin alone. Swagger UI ({@value #DOCS}) sets some styles inline, so its pages alone also allow
 * inline styles, never inline scripts. {@code nosniff} keeps a JSON answer from being run as a script,
 * {@code no-referrer} keeps tokens of a link (a verification or reset code) out of other sites' logs.
 * Set before the request runs, so errors and the filters' own refusals carry them too.
 */
public final class SecurityHeadersFilter implements Filter {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    public static final String DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
            .replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");
    static final String DOCS = "/api/docs";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Content-Security-Policy", policyFor(((HttpServletRequest) request).getRequestURI()));
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("Referrer-Policy", "no-referrer");
        http.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        chain.doFilter(request, response);
    }

    /** The policy of a request path: Swagger UI's, or everyone else's. */
    public static String policyFor(String path) {
        return path != null && (path.equals(DOCS) || path.startsWith(DOCS + "/")) ? DOCS_CONTENT_SECURITY_POLICY
                : CONTENT_SECURITY_POLICY;
    }
}
