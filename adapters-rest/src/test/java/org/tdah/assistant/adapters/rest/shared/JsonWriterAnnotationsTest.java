package org.tdah.assistant.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.GET;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class JsonWriterAnnotationsTest {
    interface Summary {}

    @GET
    @Operation(summary = "documented only", operationId = "documented")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = String.class)))
    void documentedOnly() {}

    @GET
    @JsonView(Summary.class)
    @Operation(summary = "with a view", operationId = "viewed")
    void withAView() {}

    @Test
    void the_openapi_and_jakarta_annotations_do_not_reach_the_json_writer() throws Exception {
        Annotation[] given = JsonWriterAnnotationsTest.class.getDeclaredMethod("documentedOnly").getDeclaredAnnotations();

        assertThat(given).hasSize(3);
        assertThat(JsonWriterAnnotations.jacksonOnly(given)).isEmpty();
    }

    @Test
    void jacksons_own_annotations_still_do() throws Exception {
        Annotation[] given = JsonWriterAnnotationsTest.class.getDeclaredMethod("withAView").getDeclaredAnnotations();

        assertThat(JsonWriterAnnotations.jacksonOnly(given)).singleElement()
                .satisfies(kept -> assertThat(kept.annotationType()).isEqualTo(JsonView.class));
    }
}
