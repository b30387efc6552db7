package org.tdah.assistant.bootstrap.db;

import io.dropwizard.core.cli.Command;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import net.sourceforge.argparse4j.inf.Subparsers;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/** {@code db migrate <config.yml>} applies the schema migrations; {@code db info <config.yml>} lists them. */
public final class DbCommand extends Command {
    private static final String SUBCOMMAND = "db-subcommand";

    private final Map<String, ConfiguredCommand<AssistantConfiguration>> subcommands = new LinkedHashMap<>();

    public DbCommand() {
        super("db", "Manages the database schema (Flyway)");
        for (ConfiguredCommand<AssistantConfiguration> subcommand : List.of(new DbMigrateCommand(), new DbInfoCommand())) {
            subcommands.put(subcommand.getName(), subcommand);
        }
    }

    @Override
    public void configure(Subparser subparser) {
        Subparsers parsers = subparser.addSubparsers();
        subcommands.forEach((name, subcommand) -> {
            Subparser parser = parsers.addParser(name)
                    .setDefault(SUBCOMMAND, name)
                    .description(subcommand.getDescription());
            subcommand.configure(parser);
        });
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        subcommands.get(namespace.getString(SUBCOMMAND)).run(bootstrap, namespace);
    }
}
