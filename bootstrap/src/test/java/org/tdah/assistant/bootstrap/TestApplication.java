package org.tdah.assistant.bootstrap;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.persistence.testing.TestServers;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.logscan.SecretScan;

/**
 * The whole application, started as {@code dev} configures it, on a fresh database of the test
 * PostgreSQL and a fresh database of the test Redis (or on servers a test supplies), on an SMTP
 * sink of its own and on the shared Twilio API emulator ({@link TestTwilio}), on free ports. Rate limits are scaled up (tests register many accounts from one address) and
 * the outbox retries within a second; tests of those limits set their own.
 */
public final class TestApplication {
    /** The settings whose values are secrets, which the log scan watches for. */
    private static final Pattern SECRET_SETTING = Pattern.compile("(?i).*(password|token|apikey|secret|key)");
    private TestApplication() {}

    public static DropwizardAppExtension<AssistantConfiguration> onTestServers(MailSink mail) {
        return onTestServers(mail, Map.of());
    }

    /** @param settings configuration paths and values that replace the test defaults */
    public static DropwizardAppExtension<AssistantConfiguration> onTestServers(MailSink mail, Map<String, String> settings) {
        return on(TestServers::newDatabase, TestServers::newRedisDatabase, mail, settings);
    }

    /** The application on {@link ClockedAssistantApplication#CLOCK}, which the test moves. */
    public static DropwizardAppExtension<AssistantConfiguration> onTestServersWithMovableClock(MailSink mail) {
        return on(ClockedAssistantApplication.class, TestServers::newDatabase, TestServers::newRedisDatabase, mail, Map.of());
    }

    /** A subclass of the application (one on a clock of its own, say) on fresh test databases. */
    public static DropwizardAppExtension<AssistantConfiguration> onTestServers(
            Class<? extends AssistantApplication> application, MailSink mail, Map<String, String> settings) {
        return on(application, TestServers::newDatabase, TestServers::newRedisDatabase, mail, settings);
    }

    public static DropwizardAppExtension<AssistantConfiguration> on(
            Supplier<String> databaseUrl, Supplier<String> redisUrl, MailSink mail, Map<String, String> settings) {
        return on(AssistantApplication.class, databaseUrl, redisUrl, mail, settings);
    }

    private static DropwizardAppExtension<AssistantConfiguration> on(Class<? extends AssistantApplication> application,
            Supplier<String> databaseUrl, Supplier<String> redisUrl, MailSink mail, Map<String, String> settings) {
        return new DropwizardAppExtension<>(application, ResourceHelpers.resourceFilePath("dev.yml"),
                overrides(databaseUrl, redisUrl, mail, settings));
    }

    /** {@code worker}, the background jobs without the API, on these servers; its only port is the admin port. */
    public static DropwizardTestSupport<AssistantConfiguration> worker(Supplier<String> databaseUrl,
            Supplier<String> redisUrl, MailSink mail) {
        return new DropwizardTestSupport<>(AssistantApplication.class, ResourceHelpers.resourceFilePath("dev.yml"),
                (String) null, WorkerCommand::new, overrides(databaseUrl, redisUrl, mail, Map.of()));
    }

    /** {@code sms-router}, the Twilio webhooks alone on {@code sms.routerPort}, routing and sending texts, on these servers. */
    public static DropwizardTestSupport<AssistantConfiguration> smsRouter(Supplier<String> databaseUrl,
            Supplier<String> redisUrl, MailSink mail, Map<String, String> settings) {
        return new DropwizardTestSupport<>(AssistantApplication.class, ResourceHelpers.resourceFilePath("dev.yml"),
                (String) null, SmsRouterCommand::new, overrides(databaseUrl, redisUrl, mail, settings));
    }

    private static ConfigOverride[] overrides(Supplier<String> databaseUrl, Supplier<String> redisUrl, MailSink mail,
            Map<String, String> settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("smtp.host", "127.0.0.1");
        values.put("smtp.port", Integer.toString(mail.port()));
        values.put("server.applicationConnectors[0].port", "0");
        values.put("server.adminConnectors[0].port", "0");
        values.put("twilio.apiBaseUrl", TestTwilio.EMULATOR.baseUri().toString());
        values.put("passwords.bcryptCost", "10");
        values.put("rateLimits.scale", "1000");
        values.put("outbox.pollingInterval", "200 milliseconds");
        values.put("jobs.pollingInterval", "200 milliseconds");
        values.put("outbox.firstRetry", "1 second");
        values.put("outbox.longestRetry", "2 seconds");
        values.put("audit.flushInterval", "50 milliseconds");
        // Overrides are system properties, and two instances in one class can leave one set after
        // them: every application states this one, so that a class turning it off cannot leak it.
        values.put("assistant.answerMessages", "true");
        values.putAll(settings);
        values.forEach((path, value) -> {
            if (SECRET_SETTING.matcher(path).matches()) {
                SecretScan.remember(value);
            }
        });
        List<ConfigOverride> overrides = new ArrayList<>();
        overrides.add(ConfigOverride.config("database.url", databaseUrl));
        overrides.add(ConfigOverride.config("redis.url", redisUrl));
        values.forEach((path, value) -> overrides.add(ConfigOverride.config(path, value)));
        return overrides.toArray(ConfigOverride[]::new);
    }

    public static ApiClient api(DropwizardAppExtension<AssistantConfiguration> app) {
        return new ApiClient("http://127.0.0.1:" + app.getLocalPort());
    }

    public static ApiClient admin(DropwizardAppExtension<AssistantConfiguration> app) {
        return new ApiClient("http://127.0.0.1:" + app.getAdminPort());
    }
}
