package org.tdah.assistant.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.tdah.assistant.application.sms.NumberMode;

/**
 * Everything an operator sets, read from YAML in which addresses and secrets come from the
 * environment ({@code config.yml} for production, the bundled {@code dev.yml} for {@code dev}).
 */
public class AssistantConfiguration extends Configuration {

    /** Where PostgreSQL is. */
    public static class Database {
        @NotBlank
        @JsonProperty
        public String url;

        @JsonProperty
        public String user;

        @JsonProperty
        public String password;

        @Min(1)
        @JsonProperty
        public int maxPoolSize = 16;

        @NotNull
        @JsonProperty
        public Duration connectionTimeout = Duration.seconds(3);

        @Override
        public String toString() {
            return "Database[url=" + url + ", user=" + user + "]";
        }
    }

    /** Where Redis is. */
    public static class Redis {
        @NotBlank
        @JsonProperty
        public String url;

        @NotNull
        @JsonProperty
        public Duration timeout = Duration.seconds(2);

        @Override
        public String toString() {
            return "Redis[redacted]";
        }
    }

    /** How access tokens are signed and what they say. */
    public static class Tokens {
        @NotBlank
        @JsonProperty
        public String issuer;

        @NotBlank
        @JsonProperty
        public String audience = "assistant-api";

        /** Base64 of 32 random bytes; encrypts the signing keys at rest. */
        @NotBlank
        @JsonProperty
        public String keyEncryptionKey;

        @NotNull
        @JsonProperty
        public Duration accessTokenLifetime = Duration.minutes(15);

        @Override
        public String toString() {
            return "Tokens[issuer=" + issuer + ", audience=" + audience + "]";
        }
    }

    /** How long a login lasts, and how many an account may hold. */
    public static class Sessions {
        /** The absolute lifetime of a session (and of its refresh tokens). */
        @NotNull
        @JsonProperty
        public Duration lifetime = Duration.hours(24);

        /** A session unused for this long ends. */
        @NotNull
        @JsonProperty
        public Duration idleTimeout = Duration.minutes(30);

        /** A new login beyond this number ends the account's oldest session. */
        @Min(1)
        @JsonProperty
        public int maxPerAccount = 5;

        /**
         * How long after a rotation the just-rotated refresh token still gives the same new one
         * (concurrent refreshes of one client) instead of ending the session; 0 turns it off.
         */
        @NotNull
        @JsonProperty
        public Duration refreshGrace = Duration.seconds(10);
    }

    /** The SMTP server that delivers the outbox. */
    public static class Smtp {
        @NotBlank
        @JsonProperty
        public String host;

        @Min(1)
        @Max(65535)
        @JsonProperty
        public int port = 587;

        @JsonProperty
        public String username;

        @JsonProperty
        public String password;

        /** The sender, as {@code address} or {@code Name <address>}. */
        @NotBlank
        @JsonProperty
        public String from;

        @JsonProperty
        public boolean requireTls = true;

        @NotNull
        @JsonProperty
        public Duration timeout = Duration.seconds(10);

        @Override
        public String toString() {
            return "Smtp[host=" + host + ", port=" + port + ", username=" + username + "]";
        }
    }

    /** The Twilio account that sends SMS, and where its API is (the emulator in dev and tests). */
    public static class Twilio {
        @NotBlank
        @JsonProperty
        public String accountSid;

        @NotBlank
        @JsonProperty
        public String authToken;

        /** The number texts come from, in E.164 form. */
        @NotBlank
        @JsonProperty
        public String fromNumber;

        /** Empty for the real Twilio; the address of the Twilio API emulator in dev and tests. */
        @JsonProperty
        public String apiBaseUrl;

        /** Where Twilio reports delivery statuses; empty for none. */
        @JsonProperty
        public String statusCallbackUrl;

        @Override
        public String toString() {
            return "Twilio[accountSid=" + accountSid + ", fromNumber=" + fromNumber + ", apiBaseUrl=" + apiBaseUrl + "]";
        }
    }

    /** The email outbox worker. */
    public static class Outbox {
        /** How often the worker looks for due emails. */
        @NotNull
        @JsonProperty
        public Duration pollingInterval = Duration.seconds(2);

        @NotNull
        @JsonProperty
        public Duration firstRetry = Duration.seconds(30);

        @NotNull
        @JsonProperty
        public Duration longestRetry = Duration.hours(1);

        @Min(1)
        @JsonProperty
        public int maxAttempts = 20;
    }

    /**
     * The background jobs of this instance, on db-scheduler: off for an instance that only serves the
     * API ({@code ASSISTANT_JOBS_ENABLED=false}), while {@code worker} instances run them.
     */
    public static class Jobs {
        /** Whether {@code server} runs the jobs too; {@code worker} always does. */
        @JsonProperty
        public boolean enabled = true;

        @Min(1)
        @JsonProperty
        public int threads = 2;

        /** How often the scheduler looks for due runs. */
        @NotNull
        @JsonProperty
        public Duration pollingInterval = Duration.seconds(1);

        /** The wait after a run that threw; doubles with each failure in a row, up to {@link #longestRetry}. */
        @NotNull
        @JsonProperty
        public Duration firstRetry = Duration.seconds(10);

        @NotNull
        @JsonProperty
        public Duration longestRetry = Duration.minutes(10);
    }

    /** The assistant that answers what people write. */
    public static class Assistant {
        /**
         * Whether the assistant answers every message a person posts in a conversation (true in
         * production); false runs conversations alone, as the conversation context's own tests do.
         */
        @JsonProperty
        public boolean answerMessages = true;

        /** The optional language model for free-form messages (docs/decisions/0021); no URL: the rules alone. */
        @Valid
        @NotNull
        @JsonProperty
        public LanguageModelConfiguration languageModel = new LanguageModelConfiguration();
    }

    /**
     * The reminder delivery job: reminders taken per pass, how long texts being sent hold them, and
     * the retries of a text the provider cannot take (exponential backoff, then the dead letter).
     */
    public static class Reminders {
        /** How often the job looks for due reminders. */
        @NotNull
        @JsonProperty
        public Duration pollingInterval = Duration.seconds(1);

        /** How many copies of the job run at once on each instance (each takes its own batch). */
        @Min(1)
        @JsonProperty
        public int instances = 2;

        @Min(1)
        @JsonProperty
        public int batchSize = 200;

        @NotNull
        @JsonProperty
        public Duration lease = Duration.minutes(2);

        @NotNull
        @JsonProperty
        public Duration firstRetry = Duration.seconds(15);

        @NotNull
        @JsonProperty
        public Duration longestRetry = Duration.minutes(10);

        @Min(1)
        @JsonProperty
        public int maxAttempts = 6;

        /** How often the check-in job looks for people whose check-in time has come. */
        @NotNull
        @JsonProperty
        public Duration checkInInterval = Duration.minutes(1);
    }

    /** Rate limits of registration, verification and password reset. */
    public static class RateLimits {
        /** Multiplies every limit; 1 in production, more for load tests and test suites. */
        @Min(1)
        @JsonProperty
        public int scale = 1;
    }

    /** How passwords are hashed. bcrypt cost 12 is the production default; 10 is the least allowed. */
    public static class Passwords {
        @Min(10)
        @Max(16)
        @JsonProperty
        public int bcryptCost = 12;
    }

    /** Limits of the HTTP API. */
    public static class Http {
        @NotNull
        @JsonProperty
        public DataSize maxBodySize = DataSize.mebibytes(1);
    }

    /** The audit trail: how long it is kept, and how permission decisions are buffered on their way in. */
    public static class Audit {
        @NotNull
        @JsonProperty
        public Duration retention = Duration.days(365);

        /** How often the retention job looks for entries to delete. */
        @NotNull
        @JsonProperty
        public Duration pruneInterval = Duration.hours(1);

        /** The longest a decision waits in memory before it is written (what a crash may lose). */
        @NotNull
        @JsonProperty
        public Duration flushInterval = Duration.milliseconds(200);

        /** Decisions held in memory at most; beyond that, each request writes its own. */
        @Min(1)
        @JsonProperty
        public int bufferCapacity = 10_000;
    }

    /** The live events of {@code GET /events}. */
    public static class Live {
        /** How long one read of a person's stream waits; also how soon a stream sees its session end. */
        @NotNull
        @JsonProperty
        public Duration wait = Duration.seconds(5);

        /** How often a quiet stream gets a comment, so that proxies keep it open. */
        @NotNull
        @JsonProperty
        public Duration heartbeat = Duration.seconds(15);

        /** Streams one person may hold open on one instance. */
        @Min(1)
        @JsonProperty
        public int perAccount = 5;

        /** Streams one instance holds at most (a thread and a Redis connection each). */
        @Min(1)
        @JsonProperty
        public int maxStreams = 200;
    }

    /** The permission checks of guarded endpoints. */
    public static class Access {
        /**
         * Off only for the overhead benchmark (docs/performance.md): no check and no decision record.
         * {@code server} refuses to start with it off.
         */
        @JsonProperty
        public boolean enforcePermissions = true;
    }

    /**
     * The first administrator, created at start when both are set and no active administrator
     * exists ({@code ASSISTANT_ADMIN_EMAIL}, {@code ASSISTANT_ADMIN_PASSWORD}). The password is
     * never printed.
     */
    public static class Administrator {
        @JsonProperty
        public String email;

        @JsonProperty
        public String password;

        /** Whether both settings are given. */
        public boolean isConfigured() {
            return email != null && !email.isBlank() && password != null && !password.isEmpty();
        }

        @Override
        public String toString() {
            return "Administrator[email=" + email + "]";
        }
    }

    /**
     * The SMS router: a number per person ({@code dedicated}) or the platform's one number for
     * everyone ({@code shared}); whether this instance serves the provider's webhooks; the pace of
     * each sending number; the limits on replies; how often the router looks for work it was not
     * told about, checks the numbers' webhooks and reads the provider's prices.
     */
    public static class Sms {
        @NotNull
        @JsonProperty
        public NumberMode mode = NumberMode.DEDICATED;

        /** Whether {@code server} serves {@code /api/v1/sms/twilio/*}; off when an {@code sms-router} does. */
        @JsonProperty
        public boolean webhooks = true;

        /** The port {@code sms-router} serves the webhooks on (the roadmap's router service). */
        @Min(1)
        @Max(65535)
        @JsonProperty
        public int routerPort = 8003;

        /** The country of the platform's (shared) number, ISO 3166-1 alpha-2. */
        @NotBlank
        @JsonProperty
        public String platformCountry = "US";

        /** Each number sends at most one text per pace (1 a second: a US long code). */
        @NotNull
        @JsonProperty
        public Duration pace = Duration.seconds(1);

        @Min(1)
        @JsonProperty
        public int repliesPerMinute = 10;

        @NotNull
        @JsonProperty
        public Duration onboardingEvery = Duration.days(1);

        /** How often the router looks for texts to route and send besides being told of each. */
        @NotNull
        @JsonProperty
        public Duration pollingInterval = Duration.milliseconds(500);

        @NotNull
        @JsonProperty
        public Duration webhookCheckInterval = Duration.hours(1);

        @NotNull
        @JsonProperty
        public Duration priceCheckInterval = Duration.minutes(1);

        /** The channel log is written behind the exchanges, at the latest this long after them. */
        @NotNull
        @JsonProperty
        public Duration channelLogFlushInterval = Duration.milliseconds(200);

        /** How long after sending a text its provider's price is asked for (it prices texts once delivered). */
        @NotNull
        @JsonProperty
        public Duration priceSettling = Duration.seconds(30);

        /** Estimated prices until the provider's are known (Twilio's US list prices unless set). */
        @Valid
        @NotNull
        @JsonProperty
        public Prices prices = new Prices();
    }

    /** One price row for every number, in one currency. */
    public static class Prices {
        @NotBlank
        @JsonProperty
        public String currency = "USD";

        @NotNull
        @JsonProperty
        public BigDecimal outboundPerSegment = new BigDecimal("0.0079");

        @NotNull
        @JsonProperty
        public BigDecimal inboundPerSegment = new BigDecimal("0.0079");

        @NotNull
        @JsonProperty
        public BigDecimal numberPerMonth = new BigDecimal("1.15");
    }

    /** The public base URL of the API and web app, for links in emails (https://assistant.example.org). */
    @NotBlank
    @JsonProperty
    public String publicBaseUrl;

    @Valid
    @NotNull
    @JsonProperty
    public Database database = new Database();

    @Valid
    @NotNull
    @JsonProperty
    public Redis redis = new Redis();

    @Valid
    @NotNull
    @JsonProperty
    public Tokens tokens = new Tokens();

    @Valid
    @NotNull
    @JsonProperty
    public Passwords passwords = new Passwords();

    @Valid
    @NotNull
    @JsonProperty
    public Sessions sessions = new Sessions();

    @Valid
    @NotNull
    @JsonProperty
    public Smtp smtp = new Smtp();

    @Valid
    @NotNull
    @JsonProperty
    public Twilio twilio = new Twilio();

    @Valid
    @NotNull
    @JsonProperty
    public Outbox outbox = new Outbox();

    @Valid
    @NotNull
    @JsonProperty
    public Reminders reminders = new Reminders();

    @Valid
    @NotNull
    @JsonProperty
    public Assistant assistant = new Assistant();

    @Valid
    @NotNull
    @JsonProperty
    public Jobs jobs = new Jobs();

    @Valid
    @NotNull
    @JsonProperty
    public RateLimits rateLimits = new RateLimits();

    @Valid
    @NotNull
    @JsonProperty
    public Http http = new Http();

    @Valid
    @NotNull
    @JsonProperty
    public Audit audit = new Audit();

    @Valid
    @NotNull
    @JsonProperty
    public Access access = new Access();

    @Valid
    @NotNull
    @JsonProperty
    public Live live = new Live();

    @Valid
    @NotNull
    @JsonProperty
    public Sms sms = new Sms();

    @NotNull
    @JsonProperty
    public Administrator administrator = new Administrator();

    /** Whether this instance serves the API; never read from YAML: {@code worker} and {@code sms-router} turn it off. */
    @JsonIgnore
    public boolean servesApi = true;

    /**
     * Whether this instance is an {@code sms-router}: the provider's webhooks and the routing and
     * sending of texts, nothing else. Never read from YAML.
     */
    @JsonIgnore
    public boolean routesSmsOnly = false;

    /** Whether this instance routes and sends texts: where the jobs run, and in an {@code sms-router}. */
    public boolean routesSms() {
        return jobs.enabled || routesSmsOnly;
    }

    /** Whether this instance serves the provider's webhooks. */
    public boolean servesSmsWebhooks() {
        return routesSmsOnly || (servesApi && sms.webhooks);
    }
}
