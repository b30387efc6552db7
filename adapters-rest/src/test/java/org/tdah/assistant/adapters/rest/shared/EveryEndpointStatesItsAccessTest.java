package org.tdah.assistant.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.rest.RestApi;
import org.tdah.assistant.adapters.rest.shared.fixture.UnmarkedResource;

/**
 * Every resource method says who may call it, so that a new endpoint cannot be left open (or shut)
 * by forgetting a marker: {@link Public}, {@link Authenticated} or {@link RequiresPermission}, on
 * the method or its class.
 */
class EveryEndpointStatesItsAccessTest {

    @Test
    void every_resource_method_of_the_application_states_who_may_call_it() {
        AccessMarkers.Scan scan = AccessMarkers.scan(RestApi.class, "org.tdah.assistant.adapters.rest");

        // the scan must have found the application's endpoints, or it proves nothing
        assertThat(scan.resourceMethods()).hasSizeGreaterThanOrEqualTo(33);
        assertThat(scan.resourceMethods()).extracting(m -> m.getDeclaringClass().getSimpleName() + "#" + m.getName())
                .contains("AuthResource#register", "UsersResource#me", "AdminRolesResource#roles", "JwksResource#jwks");
        assertThat(scan.violations()).isEmpty();
    }

    @Test
    void the_check_reports_a_method_without_a_marker_and_one_both_public_and_authenticated() {
        AccessMarkers.Scan scan = AccessMarkers.scan(UnmarkedResource.class, "org.tdah.assistant.adapters.rest.shared.fixture");

        assertThat(scan.resourceMethods()).hasSize(4);
        assertThat(scan.violations()).containsExactly(
                "org.tdah.assistant.adapters.rest.shared.fixture.PublicAndAuthenticatedResource#both"
                        + " is @Public and also [Authenticated] (on the method or its class): it cannot be both",
                "org.tdah.assistant.adapters.rest.shared.fixture.UnmarkedResource#forgotten"
                        + " states no access: mark it @Public, @Authenticated or @RequiresPermission");
    }
}
