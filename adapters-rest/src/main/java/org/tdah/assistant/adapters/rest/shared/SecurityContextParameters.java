package org.tdah.assistant.adapters.rest.shared;

import jakarta.ws.rs.core.SecurityContext;
import java.util.function.Function;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.model.Parameter.Source;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;

/**
 * Gives a resource method's {@code @Context SecurityContext} parameter the request's own security
 * context (the one {@link BearerAuthenticationFilter} set), read straight off the request. Jersey's
 * own way builds a request-scoped proxy target through HK2 for every call, which was about 7% of
 * the CPU of a GET /users/me (docs/performance.md, "Cold start"); the object handed over is the
 * same. Every other parameter is left to Jersey.
 */
public final class SecurityContextParameters implements ValueParamProvider {

    /** Registers it with Jersey, ahead of Jersey's own provider of context parameters. */
    public static final class Binder extends AbstractBinder {
        @Override
        protected void configure() {
            bind(new SecurityContextParameters()).to(ValueParamProvider.class);
        }
    }

    @Override
    public Function<ContainerRequest, ?> getValueProvider(Parameter parameter) {
        if (parameter.getSource() == Source.CONTEXT && parameter.getRawType() == SecurityContext.class) {
            return ContainerRequest::getSecurityContext;
        }
        return null;
    }

    @Override
    public PriorityType getPriority() {
        return Priority.HIGH;
    }
}
