package org.tdah.assistant.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Parameter;
import org.junit.jupiter.api.Test;

class SecurityContextParametersTest {
    private final SecurityContextParameters provider = new SecurityContextParameters();

    @SuppressWarnings("unused")
    void resource(@Context SecurityContext security, @Context HttpServletRequest http, @QueryParam("q") SecurityContext odd) {}

    private List<Parameter> parameters() throws NoSuchMethodException {
        return Parameter.create(getClass(), getClass(), getClass().getDeclaredMethod("resource",
                SecurityContext.class, HttpServletRequest.class, SecurityContext.class), false);
    }

    @Test
    void a_context_security_context_is_the_one_the_request_carries() throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/"), URI.create("http://localhost/me"),
                "GET", null, new MapPropertiesDelegate(), null);
        SecurityContext set = new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return () -> "someone";
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
        request.setSecurityContext(set);

        assertThat(provider.getValueProvider(parameters().get(0)).apply(request)).isSameAs(set);
    }

    @Test
    void every_other_parameter_is_left_to_jersey() throws Exception {
        assertThat(provider.getValueProvider(parameters().get(1))).isNull();
        assertThat(provider.getValueProvider(parameters().get(2))).isNull();
    }
}
