package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.LayoutBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.logging.common.ConsoleAppenderFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.json.EventJsonLayoutBaseFactory;
import java.time.Instant;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * A line as {@code server} writes it with config.yml's layout: one JSON object with the fields that
 * docs/operations.md ("Logs") lists and that the Loki pipeline reads.
 */
class ServerLogLinesTest {

    @SuppressWarnings("unchecked")
    private static LayoutBase<ILoggingEvent> serverLayout() throws Exception {
        EnvironmentVariableSubstitutor substitutor = new EnvironmentVariableSubstitutor(false);
        substitutor.setVariableResolver(name -> null);
        AssistantConfiguration configuration = new YamlConfigurationFactory<>(AssistantConfiguration.class,
                Validators.newValidator(), Jackson.newObjectMapper(), "dw")
                .build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), substitutor), "../config.yml");
        ConsoleAppenderFactory<ILoggingEvent> console = (ConsoleAppenderFactory<ILoggingEvent>)
                ((DefaultLoggingFactory) configuration.getLoggingFactory()).getAppenders().get(0);
        EventJsonLayoutBaseFactory json = (EventJsonLayoutBaseFactory) console.getLayout();
        return json.build((LoggerContext) LoggerFactory.getILoggerFactory(), TimeZone.getTimeZone(console.getTimeZone().toZoneId()));
    }

    @Test
    void a_server_line_is_one_json_object_with_the_request_id_in_the_mdc_an_iso_timestamp_and_the_app() throws Exception {
        LayoutBase<ILoggingEvent> layout = serverLayout();
        layout.start();
        LoggingEvent event = new LoggingEvent("org.slf4j.Logger",
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.tdah.assistant.twilio"), Level.INFO,
                "Twilio POST /2010-04-01/Accounts/{AccountSid}/Messages.json 201 19 ms", null, null);
        event.setThreadName("sms-sender");
        event.setInstant(Instant.parse("2026-12-02T17:27:38.920Z"));
        event.setMDCPropertyMap(Map.of("requestId", "0b5c43e6-9d2e-4c4e-8f0a-2f1d6c7e9a11"));

        String line = layout.doLayout(event);

        assertThat(line).endsWith(System.lineSeparator()).doesNotContain("\n{");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("timestamp").asText()).isEqualTo("2026-12-02T17:27:38.920Z");
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("thread").asText()).isEqualTo("sms-sender");
        assertThat(json.get("logger").asText()).isEqualTo("org.tdah.assistant.twilio");
        assertThat(json.get("message").asText()).startsWith("Twilio POST ");
        assertThat(json.at("/mdc/requestId").asText()).isEqualTo("0b5c43e6-9d2e-4c4e-8f0a-2f1d6c7e9a11");
        assertThat(json.get("app").asText()).isEqualTo("assistant");
        assertThat(json.has("exception")).isFalse();

        event.setThrowableProxy(new ThrowableProxy(new IllegalStateException("the provider answered 500")));
        assertThat(new ObjectMapper().readTree(layout.doLayout(event)).get("exception").asText())
                .startsWith("java.lang.IllegalStateException: the provider answered 500");
    }
}
