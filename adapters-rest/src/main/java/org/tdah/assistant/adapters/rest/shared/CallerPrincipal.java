package org.tdah.assistant.adapters.rest.shared;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.tdah.assistant.application.identity.Caller;

/** The authenticated caller as JAX-RS sees it, in the request's {@link SecurityContext}. */
public record CallerPrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
        return caller.accountId().value();
    }

    /** The caller of an {@link Authenticated} request; fails closed if authentication did not run. */
    public static Caller of(SecurityContext securityContext) {
        if (securityContext != null && securityContext.getUserPrincipal() instanceof CallerPrincipal principal) {
            return principal.caller();
        }
        throw new IllegalStateException("no authenticated caller: is the resource method @Authenticated?");
    }
}
