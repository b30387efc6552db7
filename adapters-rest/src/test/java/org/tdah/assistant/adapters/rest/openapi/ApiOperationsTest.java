package org.tdah.assistant.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.Public;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;

class ApiOperationsTest {
    @Path("/api/v1/things/")
    @Authenticated
    public static final class Things {
        @GET
        public String list() {
            return "";
        }

        @GET
        @Path("/{id: [0-9]+}")
        @RequiresPermission("thing:read")
        public String view() {
            return "";
        }

        @POST
        @Path("public")
        @Public
        public String open() {
            return "";
        }

        public String notAResourceMethod() {
            return "";
        }
    }

    @Test
    void each_resource_method_is_its_http_method_its_path_template_and_who_may_call_it() {
        List<ApiOperations.Operation> operations = ApiOperations.of(List.of(Things.class));
        assertThat(operations).extracting(ApiOperations.Operation::key, ApiOperations.Operation::access)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("GET /api/v1/things", ApiOperations.Access.AUTHENTICATED),
                        org.assertj.core.groups.Tuple.tuple("POST /api/v1/things/public", ApiOperations.Access.PUBLIC),
                        org.assertj.core.groups.Tuple.tuple("GET /api/v1/things/{id}", ApiOperations.Access.PERMISSION));
    }
}
