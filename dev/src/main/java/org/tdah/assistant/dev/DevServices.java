package org.tdah.assistant.dev;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.persistence.embedded.EmbeddedPostgresServer;
import org.tdah.assistant.adapters.persistence.embedded.EmbeddedRedisServer;
import org.tdah.assistant.adapters.sms.emulator.TwilioApiEmulator;

/**
 * The servers {@code dev} runs itself: a real PostgreSQL and a real Redis from embedded binaries
 * an SMTP sink and the Twilio API emulator, each unless the environment names an external one
 * ({@code DATABASE_URL}, {@code REDIS_URL}, {@code SMTP_HOST}, {@code TWILIO_API_BASE_URL}).
 * Data lives under the data directory so a restart keeps it. The addresses they got become
 * variables of {@code dev.yml}.
 */
final class DevServices implements AutoCloseable {
    static final String DATABASE = "assistant";

    private final Map<String, String> variables = new HashMap<>();
    private final List<String> descriptions = new ArrayList<>();
    private EmbeddedPostgresServer postgres;
    private EmbeddedRedisServer redis;
    private MailSink mailSink;
    private TwilioApiEmulator twilio;

    static DevServices start(Path dataDirectory, Map<String, String> environment) {
        DevServices services = new DevServices();
        try {
            services.startPostgres(dataDirectory, environment.get("DATABASE_URL"));
            services.startRedis(dataDirectory, environment.get("REDIS_URL"));
            services.startMailSink(environment.get("SMTP_HOST"));
            services.startTwilioEmulator(environment);
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /** Values for the {@code ${...}} variables of {@code dev.yml}, on top of the environment. */
    Map<String, String> variables() {
        return Map.copyOf(variables);
    }

    /** One line per service, for the start-up log. */
    List<String> descriptions() {
        return List.copyOf(descriptions);
    }

    private void startPostgres(Path dataDirectory, String externalUrl) {
        if (isSet(externalUrl)) {
            descriptions.add("PostgreSQL  " + withoutCredentials(externalUrl) + " (external, from DATABASE_URL)");
            return;
        }
        Path postgresData = dataDirectory.resolve("postgres");
        postgres = EmbeddedPostgresServer.start(Optional.of(postgresData));
        postgres.createDatabaseIfMissing(DATABASE);
        variables.put("DATABASE_URL", postgres.jdbcUrl(DATABASE));
        descriptions.add("PostgreSQL  " + postgres.jdbcUrl(DATABASE) + " (embedded, data in " + postgresData + ")");
    }

    private void startRedis(Path dataDirectory, String externalUrl) {
        if (isSet(externalUrl)) {
            descriptions.add("Redis       " + withoutCredentials(externalUrl) + " (external, from REDIS_URL)");
            return;
        }
        Path redisData = dataDirectory.resolve("redis");
        redis = EmbeddedRedisServer.start(Optional.of(redisData));
        variables.put("REDIS_URL", redis.url());
        descriptions.add("Redis       " + redis.url() + " (embedded, data in " + redisData + ")");
    }

    private void startMailSink(String externalHost) {
        if (isSet(externalHost)) {
            descriptions.add("SMTP        " + externalHost + " (external, from SMTP_HOST)");
            return;
        }
        mailSink = MailSink.start();
        variables.put("SMTP_HOST", "127.0.0.1");
        variables.put("SMTP_PORT", Integer.toString(mailSink.port()));
        descriptions.add("SMTP        smtp://127.0.0.1:" + mailSink.port() + " (sink: mail lands in /dev/outbox)");
    }

    private void startTwilioEmulator(Map<String, String> environment) {
        String external = environment.get("TWILIO_API_BASE_URL");
        if (isSet(external)) {
            descriptions.add("Twilio      " + external + " (from TWILIO_API_BASE_URL)");
            return;
        }
        twilio = TwilioApiEmulator.start(
                environment.getOrDefault("TWILIO_ACCOUNT_SID", DevTwilio.ACCOUNT_SID),
                environment.getOrDefault("TWILIO_AUTH_TOKEN", DevTwilio.AUTH_TOKEN));
        variables.put("TWILIO_API_BASE_URL", twilio.baseUri().toString());
        descriptions.add("Twilio      " + twilio.baseUri() + " (API emulator: texts land in /dev/outbox)");
    }

    /** The Twilio API emulator's texts, when dev runs it. */
    Optional<DevOutbox.Source> textMessages() {
        return Optional.ofNullable(twilio).map(DevTwilio::outboxOf);
    }

    /** The Twilio API emulator, when dev runs it (to text our numbers from {@code /dev/sms/inbound}). */
    Optional<TwilioApiEmulator> twilioEmulator() {
        return Optional.ofNullable(twilio);
    }

    /** The SMTP sink's mail, when dev runs its own sink. */
    Optional<DevOutbox.Source> mail() {
        return Optional.ofNullable(mailSink).map(DevServices::outboxOf);
    }

    private static DevOutbox.Source outboxOf(MailSink sink) {
        return new DevOutbox.Source() {
            @Override
            public List<DevOutbox.Message> messages() {
                return sink.messages().stream()
                        .map(mail -> new DevOutbox.Message("email", mail.to(), mail.from(), mail.subject(), mail.body(), mail.at()))
                        .toList();
            }

            @Override
            public void clear() {
                sink.clear();
            }
        };
    }

    @Override
    public synchronized void close() {
        if (twilio != null) {
            twilio.close();
            twilio = null;
        }
        if (mailSink != null) {
            mailSink.close();
            mailSink = null;
        }
        if (redis != null) {
            redis.close();
            redis = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    static String withoutCredentials(String url) {
        return url.replaceAll("//[^/@]*@", "//***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
