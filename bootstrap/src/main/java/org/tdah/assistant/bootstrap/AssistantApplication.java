package org.tdah.assistant.bootstrap;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.codahale.metrics.health.HealthCheckRegistry;
import io.dropwizard.metrics.servlets.HealthCheckServlet;
import org.tdah.assistant.adapters.email.SmtpHealthCheck;
import org.tdah.assistant.adapters.metrics.AssistantMetrics;
import org.tdah.assistant.adapters.persistence.audit.BufferedDecisionLog;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.PostgresHealthCheck;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;
import org.tdah.assistant.adapters.persistence.redis.RedisHealthCheck;
import org.tdah.assistant.adapters.persistence.sms.JdbiChannelLogs;
import org.tdah.assistant.adapters.rest.RestApi;
import org.tdah.assistant.adapters.rest.identity.IdentityApi;
import org.tdah.assistant.adapters.rest.live.EventsResource;
import org.tdah.assistant.adapters.rest.live.LiveApi;
import org.tdah.assistant.adapters.rest.sms.SmsApi;
import org.tdah.assistant.adapters.sms.twilio.TwilioHealthCheck;
import org.tdah.assistant.application.AssistantCore;
import org.tdah.assistant.bootstrap.config.Adapters;
import org.tdah.assistant.bootstrap.config.AssistantAdapters;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.config.AuditAdapters;
import org.tdah.assistant.bootstrap.config.BackgroundJobs;
import org.tdah.assistant.bootstrap.config.Databases;
import org.tdah.assistant.bootstrap.config.LiveAdapters;
import org.tdah.assistant.bootstrap.config.MetricsAdapters;
import org.tdah.assistant.bootstrap.config.SmsAdapters;
import org.tdah.assistant.bootstrap.config.SmsPump;
import org.tdah.assistant.bootstrap.db.DbCommand;
import org.tdah.assistant.bootstrap.keys.KeysCommand;

/**
 * The Dropwizard application: reads the configuration, connects the adapters, builds the core
 * with them and serves it, and runs the background jobs ({@link BackgroundJobs}) unless
 * {@code jobs.enabled} is false. Commands: {@code server <config.yml>} (production),
 * {@code worker <config.yml>} (the background jobs only, no API), {@code sms-router <config.yml>}
 * (the Twilio webhooks and the routing of texts only, port 8003), {@code db migrate|info <config.yml>}
 * and {@code keys rotate <config.yml>}. The production jar ({@code bootstrap/target/assistant.jar})
 * runs these; {@code dev}, on embedded servers, is the dev module's {@code DevApplication}, which
 * adds it to them (docs/decisions/0031-production-jar-without-dev.md).
 */
public class AssistantApplication extends Application<AssistantConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(AssistantApplication.class);

    /** What {@code java -jar assistant.jar dev} answers: dev is the dev jar's. */
    static final String NO_DEV_HERE = "The production jar has no dev command (no embedded PostgreSQL, Redis or SMTP "
            + "sink): run java -jar dev/target/assistant-dev.jar dev (README.md, Quick start)";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("dev")) {
            System.err.println(NO_DEV_HERE);
            System.exit(1);
        }
        new AssistantApplication().run(args);
    }

    @Override
    public String getName() {
        return "assistant";
    }

    @Override
    protected void addDefaultCommands(Bootstrap<AssistantConfiguration> bootstrap) {
        bootstrap.addCommand(new ProductionServerCommand(this));
        bootstrap.addCommand(new WorkerCommand(this));
        bootstrap.addCommand(new SmsRouterCommand(this));
        bootstrap.addCommand(new DbCommand());
        bootstrap.addCommand(new KeysCommand());
    }

    @Override
    public void initialize(Bootstrap<AssistantConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(true)));
    }

    @Override
    public void run(AssistantConfiguration configuration, Environment environment) {
        if (configuration.getServerFactory() instanceof AbstractServerFactory serverFactory) {
            serverFactory.setRegisterDefaultExceptionMappers(false);
        }
        Clock clock = clock();
        AssistantMetrics metrics = MetricsAdapters.serve(environment, configuration);

        PostgresDatabase database = Databases.connect(configuration.database);
        environment.lifecycle().manage(onStop(database::close));
        int applied = database.migrate();
        LOG.info("Database schema is up to date ({} migrations applied now)", applied);

        RedisConnection redis = Adapters.redis(configuration);
        environment.lifecycle().manage(onStop(redis::close));

        BufferedDecisionLog decisions = AuditAdapters.decisionLog(configuration, database);
        environment.lifecycle().manage(onStop(decisions::close));

        RedisConnection liveRedis = LiveAdapters.redis(configuration);
        environment.lifecycle().manage(onStop(liveRedis::close));

        JdbiChannelLogs channelLogs = SmsAdapters.channelLogs(configuration, database);
        environment.lifecycle().manage(onStop(channelLogs::close));

        AssistantCore core = Adapters.core(configuration, database, redis, liveRedis, decisions, channelLogs,
                AssistantAdapters.understanding(configuration), metrics, clock);
        if (configuration.servesApi) {
            FirstAdministrator.ensure(configuration.administrator, core.identity().createFirstAdministrator());
            RestApi.install(environment, core, new RestApi.Settings(configuration.http.maxBodySize.toBytes(),
                    configuration.access.enforcePermissions, clock, new IdentityApi.BrowserSessions(
                            configuration.sessions.lifetime.toJavaDuration(), configuration.publicBaseUrl)),
                    metrics::requestServed);
            LiveApi.install(environment, core.live(), configuration.live.maxStreams, new EventsResource.Settings(
                    configuration.live.wait.toJavaDuration(), configuration.live.heartbeat.toJavaDuration(),
                    configuration.live.perAccount));
        }
        Runnable textWaiting = () -> { };
        if (configuration.routesSms()) {
            SmsPump pump = new SmsPump(core.sms(), configuration.sms.pollingInterval.toJavaDuration());
            environment.lifecycle().manage(pump);
            textWaiting = pump.textWaiting();
        }
        if (configuration.servesSmsWebhooks()) {
            if (!configuration.servesApi) {
                RestApi.installEssentials(environment, configuration.http.maxBodySize.toBytes(), metrics::requestServed);
            }
            SmsApi.installWebhooks(environment.jersey(), core.sms(), configuration.publicBaseUrl, textWaiting);
        }
        PostgresHealthCheck databaseCheck = new PostgresHealthCheck(database);
        RedisHealthCheck redisCheck = new RedisHealthCheck(redis);
        environment.healthChecks().register("database", databaseCheck);
        environment.healthChecks().register("redis", redisCheck);
        environment.healthChecks().register("smtp", new SmtpHealthCheck(Adapters.smtp(configuration)));
        environment.healthChecks().register("sms", new TwilioHealthCheck(Adapters.twilioClient(configuration)));
        // What the container's health check and a load balancer ask: can this process serve? Only
        // what it cannot work without. An SMTP or Twilio outage shows in /healthcheck and the
        // metrics, but must not take every instance out of service (the outbox and the SMS queue
        // wait for them) nor keep a deployment from starting (docs/operations.md).
        HealthCheckRegistry readiness = new HealthCheckRegistry();
        readiness.register("database", databaseCheck);
        readiness.register("redis", redisCheck);
        environment.admin().addServlet("ready", new HealthCheckServlet(readiness)).addMapping("/ready");
        MetricsAdapters.gauges(environment, metrics, database, redis, liveRedis);

        if (configuration.jobs.enabled) {
            environment.lifecycle().manage(new BackgroundJobs(database, core, configuration, metrics));
        } else {
            LOG.info("Background jobs are off on this instance (jobs.enabled=false): a worker runs them");
        }
    }

    /** The clock of the whole application; tests of expiry replace it with one they move. */
    protected Clock clock() {
        return Clock.systemUTC();
    }

    private static Managed onStop(Runnable stop) {
        return new Managed() {
            @Override
            public void stop() {
                stop.run();
            }
        };
    }
}
