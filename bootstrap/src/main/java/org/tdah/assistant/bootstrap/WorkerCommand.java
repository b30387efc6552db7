package org.tdah.assistant.bootstrap;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import java.util.List;
import net.sourceforge.argparse4j.inf.Namespace;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.config.StartupFailure;

/**
 * {@code worker <config.yml>}: the background jobs only, so that API instances and workers scale
 * apart. It reads the same configuration as {@code server}, migrates and connects the same way and
 * runs the jobs whatever {@code jobs.enabled} says, but serves no API: its application connectors
 * are dropped and no resource is registered. The admin port stays ({@code /healthcheck},
 * {@code /prometheus}) for orchestrators. It runs until SIGTERM or SIGINT, which stops the
 * scheduler (waiting for running work) before the database pool closes.
 */
final class WorkerCommand extends ServerCommand<AssistantConfiguration> {

    WorkerCommand(Application<AssistantConfiguration> application) {
        super(application, "worker", "Runs the background jobs only, without the API");
    }

    @Override
    protected void run(Bootstrap<AssistantConfiguration> bootstrap, Namespace namespace,
            AssistantConfiguration configuration) throws Exception {
        asWorker(configuration);
        super.run(bootstrap, namespace, configuration);
    }

    /** The configuration of a worker: jobs on, API off, only the admin connectors. */
    static void asWorker(AssistantConfiguration configuration) {
        if (!(configuration.getServerFactory() instanceof DefaultServerFactory server)) {
            throw new IllegalArgumentException("worker needs server.applicationConnectors and"
                    + " server.adminConnectors (the default server type), as config.yml has them.");
        }
        server.setApplicationConnectors(List.of());
        configuration.servesApi = false;
        configuration.jobs.enabled = true;
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        StartupFailure.report(cli, e);
    }
}
