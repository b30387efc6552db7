package org.tdah.assistant.bootstrap;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Environment;
import net.sourceforge.argparse4j.inf.Namespace;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.config.StartupFailure;

/**
 * {@code server <config.yml>}: production, everything external, every secret from the environment.
 * A missing or invalid setting stops the start with one clear sentence instead of a stack trace.
 */
final class ProductionServerCommand extends ServerCommand<AssistantConfiguration> {

    ProductionServerCommand(Application<AssistantConfiguration> application) {
        super(application);
    }

    @Override
    protected void run(Environment environment, Namespace namespace, AssistantConfiguration configuration)
            throws Exception {
        if (!configuration.access.enforcePermissions) {
            throw new IllegalArgumentException("access.enforcePermissions is false, which only the overhead benchmark"
                    + " of dev may ask for; production always checks permissions.");
        }
        super.run(environment, namespace, configuration);
    }

    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        StartupFailure.report(cli, e);
    }
}
