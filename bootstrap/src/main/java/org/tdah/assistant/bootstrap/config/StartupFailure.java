package org.tdah.assistant.bootstrap.config;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.UndefinedEnvironmentVariableException;
import io.dropwizard.core.cli.Cli;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a failed start of {@code server} or {@code dev} into one sentence an operator can act on. */
public final class StartupFailure {
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    private StartupFailure() {}

    public static void report(Cli cli, Throwable e) {
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
