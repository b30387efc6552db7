package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.rest.openapi.ApiOperations;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * The OpenAPI document that the running application serves covers the code: every resource method,
 * with a summary, an operation id, a security decision, its problem answers and its examples; the
 * examples fit the schemas; the YAML is the same document; Swagger UI is served locally on it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OpenApiDocumentIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiClient api = TestApplication.api(APP);

    private JsonNode document() {
        ApiClient.Reply reply = api.get("/api/v1/openapi.json");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        return reply.json();
    }

    @Test
    void every_resource_method_is_documented_with_a_summary_its_security_its_problems_and_examples() {
        JsonNode document = document();
        List<ApiOperations.Operation> methods = ResourceMethods.all();
        assertThat(methods).hasSizeGreaterThan(70);
        List<String> gaps = new ArrayList<>();
        for (ApiOperations.Operation method : methods) {
            JsonNode operation = document.path("paths").path(method.path()).path(method.httpMethod().toLowerCase(Locale.ROOT));
            String where = method.key() + " (" + method.method().getDeclaringClass().getSimpleName() + "."
                    + method.method().getName() + ")";
            if (operation.isMissingNode()) {
                gaps.add(where + ": not in the document");
                continue;
            }
            if (operation.path("summary").asText("").isBlank()) {
                gaps.add(where + ": no summary");
            }
            if (operation.path("operationId").asText("").isBlank()) {
                gaps.add(where + ": no operation id");
            }
            JsonNode security = operation.get("security");
            if (security == null) {
                gaps.add(where + ": no security decision");
            } else if (method.access() == ApiOperations.Access.PUBLIC ? !security.isEmpty()
                    : !security.toString().equals("[{\"bearerAuth\":[]}]")) {
                gaps.add(where + ": security " + security + " for an operation that is " + method.access());
            }
            JsonNode responses = operation.path("responses");
            List<String> expected = new ArrayList<>(List.of("500", "503"));
            if (method.access() != ApiOperations.Access.PUBLIC) {
                expected.add("401");
            }
            if (method.access() == ApiOperations.Access.PERMISSION) {
                expected.add("403");
            }
            if (operation.has("requestBody")) {
                expected.addAll(List.of("400", "413", "415"));
            }
            for (String status : expected) {
                if (!responses.has(status)) {
                    gaps.add(where + ": no " + status);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> all = responses.fields(); all.hasNext(); ) {
                Map.Entry<String, JsonNode> response = all.next();
                if (response.getKey().matches("[45]\\d\\d") && !response.getValue().path("content")
                        .path("application/problem+json").path("schema").path("$ref").asText()
                        .equals("#/components/schemas/Problem")) {
                    gaps.add(where + ": " + response.getKey() + " is not a Problem in application/problem+json");
                }
            }
            for (String status : List.of("429", "503")) {
                if (responses.has(status) && !responses.path(status).path("headers").has("Retry-After")) {
                    gaps.add(where + ": " + status + " without Retry-After");
                }
            }
            String exampleStatus = operation.path("x-example-status").asText("");
            if (exampleStatus.isEmpty()) {
                gaps.add(where + ": no example");
                continue;
            }
            if (operation.has("requestBody") && operation.path("requestBody").path("content").findValue("example") == null) {
                gaps.add(where + ": no request example");
            }
            JsonNode answer = responses.path(exampleStatus);
            boolean binary = answer.path("content").findValue("format") != null
                    && answer.path("content").findValue("format").asText().equals("binary");
            if (answer.has("content") && !binary && answer.path("content").findValue("example") == null) {
                gaps.add(where + ": no response example for " + exampleStatus);
            }
        }
        assertThat(gaps).as("operations the document does not describe fully").isEmpty();
        assertThat(document.path("components").path("securitySchemes").path("bearerAuth").toString())
                .contains("\"type\":\"http\"", "\"scheme\":\"bearer\"", "\"bearerFormat\":\"JWT\"");
        assertThat(document.path("components").path("schemas").path("Problem").path("properties").size())
                .as("type, title, status, detail, requestId, errors").isEqualTo(6);
        assertThat(document.path("paths").path("/api/v1/sms/twilio/inbound").path("post").path("parameters").toString())
                .contains("X-Twilio-Signature");
    }

    @Test
    void every_example_answer_fits_the_schema_of_its_status() {
        JsonNode document = document();
        OpenApiContract contract = OpenApiContract.of(api.baseUrl()).orElseThrow();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = path.getKey().replaceAll("\\{([^}]+)}", "$1");
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                for (Iterator<Map.Entry<String, JsonNode>> statuses = method.getValue().path("responses").fields();
                        statuses.hasNext(); ) {
                    Map.Entry<String, JsonNode> status = statuses.next();
                    for (Iterator<Map.Entry<String, JsonNode>> media = status.getValue().path("content").fields();
                            media.hasNext(); ) {
                        Map.Entry<String, JsonNode> content = media.next();
                        JsonNode example = content.getValue().get("example");
                        if (example == null || !content.getKey().endsWith("json")) {
                            continue;
                        }
                        checked++;
                        Map<String, List<String>> headers = Map.of("Content-Type", List.of(content.getKey()),
                                "Retry-After", List.of("1"), "WWW-Authenticate", List.of("Bearer"));
                        mismatches.addAll(contract.check(method.getKey().toUpperCase(Locale.ROOT), concrete,
                                new ApiClient.Reply(Integer.parseInt(status.getKey()), HttpHeaders.of(headers, (a, b) -> true),
                                        example.toString())));
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void the_yaml_document_is_the_json_document() throws Exception {
        ApiClient.Reply yaml = api.get("/api/v1/openapi.yaml");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.contentType()).startsWith("application/yaml");
        JsonNode fromYaml = new ObjectMapper(new YAMLFactory()).readTree(yaml.body());
        assertThat(fromYaml).isEqualTo(document());
        assertThat(fromYaml.path("openapi").asText()).startsWith("3.");
    }

    @Test
    void swagger_ui_is_served_by_the_application_on_its_own_document() {
        ApiClient.Reply folder = api.get("/api/docs");
        assertThat(folder.status()).isEqualTo(301);
        assertThat(folder.header("Location")).isEqualTo("/api/docs/");

        ApiClient.Reply index = api.get("/api/docs/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.contentType()).startsWith("text/html");
        assertThat(index.header("X-Request-Id")).isNotBlank();
        List<String> assets = new ArrayList<>();
        Matcher references = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(index.body());
        while (references.find()) {
            assets.add(references.group(1));
        }
        assertThat(assets).contains("./swagger-ui-bundle.js", "./swagger-initializer.js")
                .allSatisfy(asset -> assertThat(asset).doesNotContain("//"));
        assertThat(index.body()).doesNotContainPattern("<script>|<script [^>]*>[^<\\s]");
        for (String asset : assets) {
            ApiClient.Reply served = api.get("/api/docs/" + asset.replaceFirst("^\\./", ""));
            assertThat(served.status()).as(asset).isEqualTo(200);
        }

        ApiClient.Reply initializer = api.get("/api/docs/swagger-initializer.js");
        assertThat(initializer.contentType()).contains("javascript");
        assertThat(initializer.body()).contains("url: \"/api/v1/openapi.json\"", "validatorUrl: null")
                .doesNotContain("petstore", "http://", "https://");
        assertThat(api.get("/api/docs/swagger-ui-bundle.js").body()).contains("SwaggerUIBundle");
    }
}
