package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The answer check of the ITs finds each kind of mismatch, and lets through what the document allows. */
class OpenApiContractTest {
    private static final String DOCUMENT = """
            {"openapi": "3.0.1", "paths": {
              "/api/v1/tasks/{id}": {"get": {"operationId": "viewTask", "responses": {
                "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Task"}}}},
                "204": {"description": "none"},
                "429": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
              "/api/v1/tasks/search": {"get": {"operationId": "searchTasks", "responses": {"200": {"description": "ok"}}}}},
             "components": {"schemas": {
               "Task": {"type": "object", "additionalProperties": false, "required": ["id", "doneAt"],
                        "properties": {"id": {"type": "string"}, "doneAt": {"type": "string", "nullable": true}}},
               "Problem": {"type": "object", "required": ["status"], "properties": {"status": {"type": "integer"}}}}}}
            """;

    private final OpenApiContract contract;

    OpenApiContractTest() throws Exception {
        contract = OpenApiContract.of(new ObjectMapper().readTree(DOCUMENT));
    }

    private static ApiClient.Reply reply(int status, String contentType, String body, String... headers) {
        Map<String, List<String>> values = new java.util.HashMap<>();
        if (contentType != null) {
            values.put("Content-Type", List.of(contentType));
        }
        for (int i = 0; i < headers.length; i += 2) {
            values.put(headers[i], List.of(headers[i + 1]));
        }
        return new ApiClient.Reply(status, HttpHeaders.of(values, (name, value) -> true), body);
    }

    @Test
    void an_answer_as_documented_passes() {
        assertThat(contract.check("GET", "/api/v1/tasks/7", reply(200, "application/json; charset=UTF-8",
                "{\"id\": \"7\", \"doneAt\": null}"))).isEmpty();
        assertThat(contract.check("GET", "/api/v1/tasks/7", reply(204, null, ""))).isEmpty();
    }

    @Test
    void a_status_the_document_does_not_list_is_a_mismatch() {
        assertThat(contract.check("GET", "/api/v1/tasks/7", reply(404, "application/problem+json", "{\"status\": 404}")))
                .singleElement().asString().contains("no such status", "viewTask");
    }

    @Test
    void a_body_that_does_not_fit_the_schema_is_a_mismatch() {
        assertThat(contract.check("GET", "/api/v1/tasks/7", reply(200, "application/json", "{\"id\": 7, \"doneAt\": null}")))
                .isNotEmpty();
        assertThat(contract.check("GET", "/api/v1/tasks/7", reply(200, "application/json", "{\"id\": \"7\"}")))
                .as("a required field missing").isNotEmpty();
        assertThat(contract.check("GET", "/api/v1/tasks/7", reply(200, "application/json",
                "{\"id\": \"7\", \"doneAt\": null, \"secret\": \"x\"}"))).as("a field the document does not know").isNotEmpty();
    }

    @Test
    void a_media_type_or_a_body_the_document_does_not_list_is_a_mismatch() {
        assertThat(contract.check("GET", "/api/v1/tasks/7", reply(200, "text/plain", "hello"))).isNotEmpty();
        assertThat(contract.check("GET", "/api/v1/tasks/7", reply(204, "application/json", "{}"))).isNotEmpty();
    }

    @Test
    void a_429_without_retry_after_is_a_mismatch() {
        assertThat(contract.check("GET", "/api/v1/tasks/7", reply(429, "application/problem+json", "{\"status\": 429}")))
                .singleElement().asString().contains("Retry-After");
        assertThat(contract.check("GET", "/api/v1/tasks/7", reply(429, "application/problem+json", "{\"status\": 429}",
                "Retry-After", "3"))).isEmpty();
    }

    @Test
    void a_literal_path_wins_over_a_template_and_unknown_paths_or_methods_are_not_checked() {
        assertThat(contract.operation("GET", "/api/v1/tasks/search")).get()
                .satisfies(operation -> assertThat(operation.path("operationId").asText()).isEqualTo("searchTasks"));
        assertThat(contract.check("GET", "/api/v1/nothing/here", reply(404, "text/html", "<html>"))).isEmpty();
        assertThat(contract.check("DELETE", "/api/v1/tasks/7", reply(405, "application/problem+json", "{}"))).isEmpty();
    }
}
