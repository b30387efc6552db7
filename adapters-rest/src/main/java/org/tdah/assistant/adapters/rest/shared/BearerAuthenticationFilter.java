package org.tdah.assistant.adapters.rest.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.tokens.AuthenticateAccessToken;

/**
 * Admits a request to an {@link Authenticated} resource only with {@code Authorization: Bearer}
 * and a token the core accepts; anything else is a 401 problem with {@code WWW-Authenticate:
 * Bearer}. Fails closed: an error while checking is never an admission.
 */
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public final class BearerAuthenticationFilter implements ContainerRequestFilter {
    private static final String SCHEME = "bearer ";

    private final AuthenticateAccessToken authenticateAccessToken;

    public BearerAuthenticationFilter(AuthenticateAccessToken authenticateAccessToken) {
        this.authenticateAccessToken = authenticateAccessToken;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Caller> caller = bearerToken(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(authenticateAccessToken::authenticate);
        if (caller.isEmpty()) {
            Refusals.refuse(request, Problems.response(
                    GeneralProblem.AUTHENTICATION_REQUIRED, "Send a valid access token as 'Authorization: Bearer <token>'."));
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        CallerPrincipal principal = new CallerPrincipal(caller.get());
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return principal.caller().roles().stream().anyMatch(held -> held.name().equalsIgnoreCase(role));
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }

    private static Optional<String> bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(SCHEME.length()).strip());
    }
}
