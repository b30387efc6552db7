package org.tdah.assistant.dev;

import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.lifecycle.ServerLifecycleListener;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.config.StartupFailure;

/**
 * {@code dev}: the whole product on one machine with nothing installed. Starts PostgreSQL and Redis
 * from embedded binaries (unless {@code DATABASE_URL} / {@code REDIS_URL} are set), keeps their data
 * under {@code ./.assistant-dev/} (or {@code ASSISTANT_DATA_DIR}), runs the application with the
 * bundled {@code dev.yml}, and serves the dev outbox on the admin port. Stopping it (Ctrl-C,
 * SIGTERM) stops the embedded servers too.
 */
public final class DevCommand extends ServerCommand<AssistantConfiguration> {
    private static final Logger LOG = LoggerFactory.getLogger(DevCommand.class);
    static final String CONFIGURATION_RESOURCE = "dev.yml";

    private final Map<String, String> environment;
    private final DevOutbox outbox = new DevOutbox();
    private DevServices services;

    public DevCommand(Application<AssistantConfiguration> application) {
        this(application, System.getenv());
    }

    DevCommand(Application<AssistantConfiguration> application, Map<String, String> environment) {
        super(application, "dev", "Runs the assistant on embedded PostgreSQL and Redis, for development");
        this.environment = environment;
    }

    @Override
    public void configure(Subparser subparser) {
        // dev reads its bundled configuration; it takes no file argument
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        Path dataDirectory = Path.of(environment.getOrDefault("ASSISTANT_DATA_DIR", ".assistant-dev")).toAbsolutePath();
        services = DevServices.start(dataDirectory, environment);
        services.mail().ifPresent(outbox::add);
        services.textMessages().ifPresent(outbox::add);
        Runtime.getRuntime().addShutdownHook(new Thread(services::close, "dev-services-stopper"));
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                new ResourceConfigurationSourceProvider(), new DevVariables(services.variables(), environment)));
        Map<String, Object> attributes = new HashMap<>(namespace.getAttrs());
        attributes.put("file", CONFIGURATION_RESOURCE);
        try {
            super.run(bootstrap, new Namespace(attributes));
        } catch (Exception | Error e) {
            services.close();
            throw e;
        }
    }

    @Override
    protected void run(Environment environment, Namespace namespace, AssistantConfiguration configuration)
            throws Exception {
        environment.admin().addServlet("dev-outbox", new DevOutboxServlet(outbox, environment.getObjectMapper()))
                .addMapping("/dev/outbox");
        services.twilioEmulator().ifPresent(emulator -> {
            environment.admin().addServlet("dev-sms-inbound", new DevInboundSmsServlet(emulator::deliverInboundText,
                    environment.getObjectMapper())).addMapping("/dev/sms/inbound");
            DevTwilio.ownPlatformNumber(emulator, configuration);
        });
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                services.close();
            }
        });
        environment.lifecycle().addServerLifecycleListener(new ServerLifecycleListener() {
            @Override
            public void serverStarted(org.eclipse.jetty.server.Server server) {
                services.descriptions().forEach(line -> LOG.info(line));
                LOG.info("API         http://localhost:{}/api/v1", getLocalPort(server));
                LOG.info("Admin       http://localhost:{}/healthcheck, /dev/outbox and POST /dev/sms/inbound", getAdminPort(server));
            }
        });
        super.run(environment, namespace, configuration);
    }

    /** A failed start is one sentence an operator can act on, as for {@code server}. */
    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        StartupFailure.report(cli, e);
    }

    /** The outbox of this run. */
    public DevOutbox outbox() {
        return outbox;
    }
}
