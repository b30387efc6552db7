package org.tdah.assistant.bootstrap;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.UndefinedEnvironmentVariableException;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Environment;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.argparse4j.inf.Namespace;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

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

    /** Turns a failed start into a message an operator can act on. */
    static final class StartupFailure {
        private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

        private StartupFailure() {}

        static void report(Cli cli, Throwable e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof UndefinedEnvironmentVariableException undefined) {
                    Matcher name = QUOTED.matcher(String.valueOf(undefined.getMessage()));
                    cli.getStdErr().println("The assistant cannot start: the environment variable "
                            + (name.find() ? name.group(1) : "named in config.yml")
                            + " is not set. config.yml reads every address and secret from the environment"
                            + " (see docs/operations.md).");
                    return;
                }
                if (cause instanceof ConfigurationException
                        || cause instanceof IllegalArgumentException) {
                    cli.getStdErr().println("The assistant cannot start: " + cause.getMessage());
                    return;
                }
                cause = cause.getCause();
            }
            e.printStackTrace(cli.getStdErr());
        }
    }
}
