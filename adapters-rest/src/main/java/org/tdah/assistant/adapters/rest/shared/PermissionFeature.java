package org.tdah.assistant.adapters.rest.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import org.tdah.assistant.application.access.AuthorizeCall;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.domain.access.Permission;

/**
 * Enforces {@link RequiresPermission} on every resource method that carries it (or whose class
 * does), after authentication. The decision, and its record in the audit trail, are the access
 * context's {@link AuthorizeCall}; the resource it names is the method and path, never the query
 * string (which may carry a person's own words).
 */
public final class PermissionFeature implements DynamicFeature {
    private final AuthorizeCall authorizeCall;

    public PermissionFeature(AuthorizeCall authorizeCall) {
        this.authorizeCall = authorizeCall;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        RequiresPermission required = resourceInfo.getResourceMethod().getAnnotation(RequiresPermission.class);
        if (required == null) {
            required = resourceInfo.getResourceClass().getAnnotation(RequiresPermission.class);
        }
        if (required != null) {
            context.register(new Check(new Permission(required.value()), authorizeCall));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class Check implements ContainerRequestFilter {
        private final Permission permission;
        private final AuthorizeCall authorizeCall;

        Check(Permission permission, AuthorizeCall authorizeCall) {
            this.permission = permission;
            this.authorizeCall = authorizeCall;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            Caller caller = request.getSecurityContext().getUserPrincipal() instanceof CallerPrincipal principal
                    ? principal.caller() : null;
            String resource = request.getMethod() + " /" + request.getUriInfo().getPath(true);
            switch (authorizeCall.authorize(caller, permission, resource, RequestOrigins.current())) {
                case ALLOWED -> { }
                case DENIED -> Refusals.refuse(request, Problems.response(GeneralProblem.FORBIDDEN,
                        "This needs the permission " + permission + "."));
                case SECOND_FACTOR_REQUIRED -> Refusals.refuse(request, Problems.response(
                        GeneralProblem.SECOND_FACTOR_REQUIRED,
                        "Administration needs a second factor on your account: turn on an authenticator app"
                                + " or SMS codes first (POST /api/v1/mfa/totp/setup or /api/v1/mfa/sms/setup)."));
            }
        }
    }
}
