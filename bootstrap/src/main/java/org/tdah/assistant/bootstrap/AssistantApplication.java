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
import org.tdah.assistant.adapters.persistence.identity.JdbiAccounts;
import org.tdah.assistant.adapters.persistence.identity.JdbiSigningKeys;
import org.tdah.assistant.adapters.persistence.postgres.AesGcmCipher;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.PostgresHealthCheck;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;
import org.tdah.assistant.adapters.persistence.redis.RedisHealthCheck;
import org.tdah.assistant.adapters.rest.RestApi;
import org.tdah.assistant.adapters.security.identity.BcryptPasswordHasher;
import org.tdah.assistant.adapters.security.identity.Es256AccessTokens;
import org.tdah.assistant.adapters.security.shared.TimeOrderedIds;
import org.tdah.assistant.application.AssistantCore;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.config.Databases;
import org.tdah.assistant.bootstrap.db.DbCommand;
import org.tdah.assistant.bootstrap.dev.DevCommand;

/**
 * The Dropwizard application: reads the configuration, connects the adapters, builds the core
 * with them and serves it. Commands: {@code server <config.yml>} (production), {@code dev} (the
 * embedded default) and {@code db migrate|info <config.yml>}.
 */
public class AssistantApplication extends Application<AssistantConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(AssistantApplication.class);

    public static void main(String[] args) throws Exception {
        new AssistantApplication().run(args);
    }

    @Override
    public String getName() {
        return "assistant";
    }

    @Override
    protected void addDefaultCommands(Bootstrap<AssistantConfiguration> bootstrap) {
        bootstrap.addCommand(new ProductionServerCommand(this));
        bootstrap.addCommand(new DevCommand(this));
        bootstrap.addCommand(new DbCommand());
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
        Clock clock = Clock.systemUTC();

        PostgresDatabase database = Databases.connect(configuration.database);
        environment.lifecycle().manage(onStop(database::close));
        int applied = database.migrate();
        LOG.info("Database schema is up to date ({} migrations applied now)", applied);

        RedisConnection redis = RedisConnection.connect(
                configuration.redis.url, configuration.redis.timeout.toJavaDuration());
        environment.lifecycle().manage(onStop(redis::close));

        Es256AccessTokens accessTokens = new Es256AccessTokens(
                new JdbiSigningKeys(database, AesGcmCipher.fromBase64Key(configuration.tokens.keyEncryptionKey)),
                new Es256AccessTokens.Settings(configuration.tokens.issuer, configuration.tokens.audience),
                clock);
        AssistantCore core = new AssistantCore(
                new AssistantCore.OutPorts(
                        new JdbiAccounts(database),
                        new BcryptPasswordHasher(configuration.passwords.bcryptCost),
                        accessTokens,
                        new TimeOrderedIds(clock),
                        clock),
                new AssistantCore.Settings(configuration.tokens.accessTokenLifetime.toJavaDuration()));

        RestApi.install(environment, core, configuration.http.maxBodySize.toBytes());
        environment.healthChecks().register("database", new PostgresHealthCheck(database));
        environment.healthChecks().register("redis", new RedisHealthCheck(redis));
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
