package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.logging.common.ConsoleAppenderFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.rest.shared.AccessLogFilter;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * In {@code server} mode (config.yml) the access line is JSON whose fields include the request id,
 * the account id, the route template, the status and the duration that the access log puts in the
 * logging context: found at the top level or under {@code mdc}, as the layout's {@code flattenMdc}
 * says.
 */
class RequestLogLineTest {

    @Test
    void the_production_access_line_is_json_with_request_id_account_id_route_status_and_duration_as_fields()
            throws Exception {
        AssistantConfiguration configuration = ProductionConfigurationTest.load(ProductionConfigurationTest.ENVIRONMENT);
        ConsoleAppenderFactory<?> console = (ConsoleAppenderFactory<?>)
                ((DefaultLoggingFactory) configuration.getLoggingFactory()).getAppenders().get(0);
        LoggerContext context = new LoggerContext();
        @SuppressWarnings("unchecked")
        LayoutBase<ILoggingEvent> layout = (LayoutBase<ILoggingEvent>) console.getLayout()
                .build(context, TimeZone.getTimeZone("UTC"));
        layout.start();
        LoggingEvent line = new LoggingEvent(AccessLogFilter.class.getName(), context.getLogger(AccessLogFilter.LOGGER),
                Level.INFO, "GET /api/v1/tasks/0190-t 200 12 ms 10.0.0.7", null, null);
        line.setMDCPropertyMap(Map.of("requestId", "5d1c9a9e-5b1f-4d0e-9d1e-2a2f3c4b5d6e", "accountId", "0190-a",
                "route", "/api/v1/tasks/{id}", "status", "200", "durationMs", "12"));

        JsonNode json = new ObjectMapper().readTree(layout.doLayout(line));

        assertThat(field(json, "requestId")).isEqualTo("5d1c9a9e-5b1f-4d0e-9d1e-2a2f3c4b5d6e");
        assertThat(field(json, "accountId")).isEqualTo("0190-a");
        assertThat(field(json, "route")).isEqualTo("/api/v1/tasks/{id}");
        assertThat(field(json, "status")).isEqualTo("200");
        assertThat(field(json, "durationMs")).isEqualTo("12");
        assertThat(json.path("logger").asText()).isEqualTo(AccessLogFilter.LOGGER);
    }

    private static String field(JsonNode json, String name) {
        JsonNode value = json.has(name) ? json.get(name) : json.path("mdc").path(name);
        return value.isMissingNode() ? null : value.asText();
    }
}
