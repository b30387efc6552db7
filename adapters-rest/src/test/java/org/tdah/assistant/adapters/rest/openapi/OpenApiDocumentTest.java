package org.tdah.assistant.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
    private final OpenApiDocument document = OpenApiDocument.of(ResourceClasses.all());
    private final OpenAPI openApi = document.openApi();

    private Operation operation(String path, String method) {
        return openApi.getPaths().get(path).readOperationsMap()
                .get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(method));
    }

    @Test
    void every_resource_method_becomes_an_operation() {
        List<ApiOperations.Operation> methods = ApiOperations.of(ResourceClasses.all());
        assertThat(methods).hasSizeGreaterThan(70);
        methods.forEach(method -> assertThat(CommonResponses.find(openApi, method).getOperationId()).isNotBlank());
    }

    @Test
    void an_authenticated_operation_needs_the_bearer_and_may_answer_401_while_a_public_one_needs_nothing() {
        Operation tasks = operation("/api/v1/tasks", "GET");
        assertThat(tasks.getSecurity()).singleElement().satisfies(requirement -> assertThat(requirement).containsKey("bearerAuth"));
        assertThat(tasks.getResponses()).containsKeys("200", "401", "403", "422", "500", "503");

        Operation register = operation("/api/v1/auth/register", "POST");
        assertThat(register.getSecurity()).isEmpty();
        assertThat(register.getResponses()).containsKeys("201", "400", "409", "413", "415", "422", "429").doesNotContainKey("401");
        assertThat(register.getResponses().get("429").getHeaders()).containsKey("Retry-After");
        assertThat(register.getResponses().get("409").getContent().get("application/problem+json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void a_record_schema_requires_what_jackson_always_writes_and_allows_nothing_else() {
        Schema<?> task = openApi.getComponents().getSchemas().get("TaskJson");
        assertThat(task.getRequired()).containsExactlyInAnyOrder("id", "number", "title", "status", "createdAt", "doneAt");
        assertThat(task.getAdditionalProperties()).isEqualTo(Boolean.FALSE);
        assertThat(((Schema<?>) task.getProperties().get("doneAt")).getNullable()).isTrue();

        Schema<?> problem = openApi.getComponents().getSchemas().get("Problem");
        assertThat(problem.getRequired()).as("NON_NULL leaves the rest out when null").containsExactly("status");
    }

    @Test
    void the_yaml_is_the_same_document_as_the_json() throws Exception {
        JsonNode fromJson = Json.mapper().readTree(document.json());
        JsonNode fromYaml = io.swagger.v3.core.util.Yaml.mapper().readTree(document.yaml());
        assertThat(fromYaml).isEqualTo(fromJson);
    }

    @Test
    void every_example_of_examples_json_has_an_operation_in_the_whole_api() {
        OpenAPI fresh = OpenApiDocument.of(ResourceClasses.all()).openApi();
        assertThatCode(() -> OperationExamples.apply(fresh, ApiOperations.of(ResourceClasses.all()), OpenApiDocument.examples()))
                .doesNotThrowAnyException();
    }

    @Test
    void an_instance_serving_part_of_the_api_documents_its_part_without_the_examples_of_the_rest() {
        List<Class<?>> withoutWebhooks = ResourceClasses.all().stream()
                .filter(type -> !type.getSimpleName().equals("SmsWebhooksResource")).toList();

        OpenAPI api = OpenApiDocument.of(withoutWebhooks).openApi();

        assertThat(api.getPaths()).containsKey("/api/v1/tasks").doesNotContainKey("/api/v1/sms/twilio/inbound");
        assertThat(openApi.getPaths()).as("the whole API has them").containsKey("/api/v1/sms/twilio/inbound");
    }

    @Test
    void an_example_of_an_operation_that_does_not_exist_stops_the_document() throws Exception {
        JsonNode stale = Json.mapper().readTree("{\"noSuchOperation\": {\"status\": \"200\"}}");
        OpenAPI fresh = OpenApiDocument.of(ResourceClasses.all()).openApi();
        assertThatThrownBy(() -> OperationExamples.apply(fresh, ApiOperations.of(ResourceClasses.all()), stale))
                .hasMessageContaining("noSuchOperation");
    }

    @Test
    void an_example_of_a_status_the_operation_does_not_list_stops_the_document() throws Exception {
        JsonNode wrong = Json.mapper().readTree("{\"createTask\": {\"status\": \"418\"}}");
        OpenAPI fresh = OpenApiDocument.of(ResourceClasses.all()).openApi();
        assertThatThrownBy(() -> OperationExamples.apply(fresh, ApiOperations.of(ResourceClasses.all()), wrong))
                .hasMessageContaining("418");
    }
}
