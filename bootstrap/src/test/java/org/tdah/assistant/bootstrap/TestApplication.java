package org.tdah.assistant.bootstrap;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.tdah.assistant.adapters.persistence.testing.TestServers;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.dev.MailSink;

/**
 * The whole application, started as {@code dev} configures it, on a fresh database of the test
 * PostgreSQL, on the test Redis (or on servers a test supplies) and on an SMTP sink of its own,
 * on free ports. Rate limits are scaled up (tests register many accounts from one address) and
 * the outbox retries within a second; tests of those limits set their own.
 */
public final class TestApplication {
    private TestApplication() {}

    public static DropwizardAppExtension<AssistantConfiguration> onTestServers(MailSink mail, ConfigOverride... more) {
        return on(TestServers::newDatabase, TestServers::redisUrl, mail, more);
    }

    public static DropwizardAppExtension<AssistantConfiguration> on(
            Supplier<String> databaseUrl, Supplier<String> redisUrl, MailSink mail, ConfigOverride... more) {
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("database.url", databaseUrl),
                ConfigOverride.config("redis.url", redisUrl),
                ConfigOverride.config("smtp.host", "127.0.0.1"),
                ConfigOverride.config("smtp.port", Integer.toString(mail.port())),
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("passwords.bcryptCost", "10"),
                ConfigOverride.config("rateLimits.scale", "1000"),
                ConfigOverride.config("outbox.pollingInterval", "200 milliseconds"),
                ConfigOverride.config("outbox.firstRetry", "1 second"),
                ConfigOverride.config("outbox.longestRetry", "2 seconds")));
        overrides.addAll(List.of(more));
        return new DropwizardAppExtension<>(AssistantApplication.class, ResourceHelpers.resourceFilePath("dev.yml"),
                overrides.toArray(ConfigOverride[]::new));
    }

    public static ApiClient api(DropwizardAppExtension<AssistantConfiguration> app) {
        return new ApiClient("http://127.0.0.1:" + app.getLocalPort());
    }

    public static ApiClient admin(DropwizardAppExtension<AssistantConfiguration> app) {
        return new ApiClient("http://127.0.0.1:" + app.getAdminPort());
    }
}
