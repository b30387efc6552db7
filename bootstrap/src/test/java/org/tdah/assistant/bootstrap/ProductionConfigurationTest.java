package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.UndefinedEnvironmentVariableException;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.SimpleServerFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/** The production config.yml stays loadable, and takes its addresses and secrets from the environment. */
class ProductionConfigurationTest {
    static final Map<String, String> ENVIRONMENT = Map.ofEntries(
            Map.entry("DATABASE_URL", "jdbc:postgresql://db.internal:5432/assistant"),
            Map.entry("DATABASE_USER", "assistant"),
            Map.entry("DATABASE_PASSWORD", "s3cret-db-password"),
            Map.entry("REDIS_URL", "redis://:s3cret@cache.internal:6379/0"),
            Map.entry("PUBLIC_BASE_URL", "https://assistant.example.org"),
            Map.entry("ASSISTANT_KEY_ENCRYPTION_KEY", "ZGV2LW9ubHkta2V5LWVuY3J5cHRpb24ta2V5LTMyYiE="),
            Map.entry("SMTP_HOST", "smtp.example.org"),
            Map.entry("SMTP_PASSWORD", "s3cret-smtp-password"),
            Map.entry("MAIL_FROM", "Assistant <assistant@example.org>"),
            Map.entry("TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef"),
            Map.entry("TWILIO_AUTH_TOKEN", "s3cret-twilio-token"),
            Map.entry("TWILIO_FROM_NUMBER", "+15551234567"));

    static AssistantConfiguration load(Map<String, String> environment) throws Exception {
        EnvironmentVariableSubstitutor substitutor = new EnvironmentVariableSubstitutor(true);
        substitutor.setVariableResolver(environment::get);
        return new YamlConfigurationFactory<>(AssistantConfiguration.class, Validators.newValidator(),
                Jackson.newObjectMapper(), "dw")
                .build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), substitutor), "../config.yml");
    }

    @Test
    void every_address_and_secret_comes_from_the_environment_with_safe_defaults_for_the_rest() throws Exception {
        AssistantConfiguration configuration = load(ENVIRONMENT);

        assertThat(configuration.database.url).isEqualTo("jdbc:postgresql://db.internal:5432/assistant");
        assertThat(configuration.database.password).isEqualTo("s3cret-db-password");
        assertThat(configuration.redis.url).isEqualTo("redis://:s3cret@cache.internal:6379/0");
        assertThat(configuration.twilio.authToken).isEqualTo("s3cret-twilio-token");
        assertThat(configuration.twilio.fromNumber).isEqualTo("+15551234567");
        assertThat(configuration.twilio.apiBaseUrl).as("the real Twilio unless told otherwise").isNullOrEmpty();
        assertThat(configuration.tokens.issuer).isEqualTo("https://assistant.example.org");
        assertThat(configuration.passwords.bcryptCost).isEqualTo(12);
        assertThat(configuration.tokens.accessTokenLifetime.toMinutes()).isEqualTo(15);
        assertThat(configuration.publicBaseUrl).isEqualTo("https://assistant.example.org");
        assertThat(configuration.smtp.port).isEqualTo(587);
        assertThat(configuration.smtp.requireTls).isTrue();
        assertThat(configuration.sessions.lifetime.toHours()).isEqualTo(24);
        assertThat(configuration.access.enforcePermissions).isTrue();
        assertThat(configuration.audit.retention.toDays()).isEqualTo(365);
    }

    @Test
    void the_audit_retention_comes_from_the_environment() throws Exception {
        Map<String, String> environment = new HashMap<>(ENVIRONMENT);
        environment.put("AUDIT_RETENTION", "90 days");

        assertThat(load(environment).audit.retention.toDays()).isEqualTo(90);
    }

    @Test
    void jobs_run_with_the_api_unless_the_environment_turns_them_off() throws Exception {
        AssistantConfiguration defaults = load(ENVIRONMENT);
        assertThat(defaults.jobs.enabled).isTrue();
        assertThat(defaults.jobs.threads).isEqualTo(2);
        assertThat(defaults.jobs.pollingInterval.toSeconds()).isEqualTo(1);

        Map<String, String> environment = new HashMap<>(ENVIRONMENT);
        environment.put("ASSISTANT_JOBS_ENABLED", "false");
        environment.put("ASSISTANT_JOBS_THREADS", "4");
        AssistantConfiguration apiOnly = load(environment);
        assertThat(apiOnly.jobs.enabled).isFalse();
        assertThat(apiOnly.jobs.threads).isEqualTo(4);
    }

    @Test
    void a_worker_runs_the_jobs_whatever_the_setting_and_keeps_only_the_admin_connectors() throws Exception {
        Map<String, String> environment = new HashMap<>(ENVIRONMENT);
        environment.put("ASSISTANT_JOBS_ENABLED", "false");
        AssistantConfiguration configuration = load(environment);

        WorkerCommand.asWorker(configuration);

        DefaultServerFactory server = (DefaultServerFactory) configuration.getServerFactory();
        assertThat(configuration.jobs.enabled).isTrue();
        assertThat(configuration.servesApi).isFalse();
        assertThat(server.getApplicationConnectors()).isEmpty();
        assertThat(server.getAdminConnectors()).hasSize(1);
    }

    @Test
    void a_worker_refuses_the_simple_server_which_has_no_separate_admin_port() throws Exception {
        AssistantConfiguration configuration = load(ENVIRONMENT);
        configuration.setServerFactory(new SimpleServerFactory());

        assertThatThrownBy(() -> WorkerCommand.asWorker(configuration))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("adminConnectors");
    }

    @Test
    void server_refuses_to_start_without_permission_checks() throws Exception {
        AssistantConfiguration configuration = load(ENVIRONMENT);
        configuration.access.enforcePermissions = false;

        assertThatThrownBy(() -> new ProductionServerCommand(new AssistantApplication()).run(null, null, configuration))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("enforcePermissions");
    }

    @Test
    void the_settings_never_print_their_secrets() throws Exception {
        AssistantConfiguration configuration = load(ENVIRONMENT);

        assertThat(configuration.database.toString()).doesNotContain("s3cret");
        assertThat(configuration.redis.toString()).doesNotContain("s3cret");
        assertThat(configuration.smtp.toString()).doesNotContain("s3cret");
        assertThat(configuration.twilio.toString()).doesNotContain("s3cret");
        assertThat(configuration.tokens.toString()).doesNotContain(ENVIRONMENT.get("ASSISTANT_KEY_ENCRYPTION_KEY"));
    }

    @Test
    void a_missing_secret_is_named() {
        Map<String, String> withoutKey = new HashMap<>(ENVIRONMENT);
        withoutKey.remove("ASSISTANT_KEY_ENCRYPTION_KEY");

        assertThatThrownBy(() -> load(withoutKey))
                .isInstanceOf(UndefinedEnvironmentVariableException.class)
                .hasMessageContaining("ASSISTANT_KEY_ENCRYPTION_KEY");
    }

    @Test
    void an_empty_secret_fails_validation() {
        Map<String, String> emptyUrl = new HashMap<>(ENVIRONMENT);
        emptyUrl.put("REDIS_URL", "");

        assertThatThrownBy(() -> load(emptyUrl))
                .isInstanceOf(ConfigurationValidationException.class)
                .hasMessageContaining("redis.url");
    }
}
