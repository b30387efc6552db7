package org.tdah.assistant.adapters.rest.shared;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.util.function.BiPredicate;
import org.tdah.assistant.application.identity.Caller;

/**
 * Enforces {@link RequiresPermission} on every resource method that carries it (or whose class
 * does), after authentication. Which roles allow what is the access context's answer, handed in
 * as {@code allows}, so this class knows no context's rules.
 */
public final class PermissionFeature implements DynamicFeature {
    private final BiPredicate<Caller, String> allows;

    public PermissionFeature(BiPredicate<Caller, String> allows) {
        this.allows = allows;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        RequiresPermission required = resourceInfo.getResourceMethod().getAnnotation(RequiresPermission.class);
        if (required == null) {
            required = resourceInfo.getResourceClass().getAnnotation(RequiresPermission.class);
        }
        if (required != null) {
            context.register(new Check(required.value(), allows));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private record Check(String permission, BiPredicate<Caller, String> allows) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (!(request.getSecurityContext().getUserPrincipal() instanceof CallerPrincipal principal)
                    || !allows.test(principal.caller(), permission)) {
                request.abortWith(Problems.response(GeneralProblem.FORBIDDEN, "This needs the permission " + permission + "."));
            }
        }
    }
}
