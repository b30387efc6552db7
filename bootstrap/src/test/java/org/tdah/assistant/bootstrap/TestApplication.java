package org.tdah.assistant.bootstrap;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.util.function.Supplier;
import org.tdah.assistant.adapters.persistence.testing.TestServers;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * The whole application, started as {@code dev} configures it, on a fresh database of the test
 * PostgreSQL and on the test Redis (or on the servers a test supplies), on free ports.
 */
public final class TestApplication {
    private TestApplication() {}

    public static DropwizardAppExtension<AssistantConfiguration> onTestServers() {
        return on(TestServers::newDatabase, TestServers::redisUrl);
    }

    public static DropwizardAppExtension<AssistantConfiguration> on(
            Supplier<String> databaseUrl, Supplier<String> redisUrl, ConfigOverride... more) {
        ConfigOverride[] overrides = new ConfigOverride[5 + more.length];
        overrides[0] = ConfigOverride.config("database.url", databaseUrl);
        overrides[1] = ConfigOverride.config("redis.url", redisUrl);
        overrides[2] = ConfigOverride.config("server.applicationConnectors[0].port", "0");
        overrides[3] = ConfigOverride.config("server.adminConnectors[0].port", "0");
        overrides[4] = ConfigOverride.config("passwords.bcryptCost", "10");
        System.arraycopy(more, 0, overrides, 5, more.length);
        return new DropwizardAppExtension<>(
                AssistantApplication.class, ResourceHelpers.resourceFilePath("dev.yml"), overrides);
    }

    public static ApiClient api(DropwizardAppExtension<AssistantConfiguration> app) {
        return new ApiClient("http://127.0.0.1:" + app.getLocalPort());
    }

    public static ApiClient admin(DropwizardAppExtension<AssistantConfiguration> app) {
        return new ApiClient("http://127.0.0.1:" + app.getAdminPort());
    }
}
