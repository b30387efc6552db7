package org.tdah.assistant.bootstrap.db;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import net.sourceforge.argparse4j.inf.Namespace;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.config.Databases;

/** Lists every migration with its state (pending, success, ...). */
final class DbInfoCommand extends ConfiguredCommand<AssistantConfiguration> {
    DbInfoCommand() {
        super("info", "Lists the schema migrations and their state");
    }

    @Override
    protected void run(Bootstrap<AssistantConfiguration> bootstrap, Namespace namespace,
            AssistantConfiguration configuration) {
        try (PostgresDatabase database = Databases.connect(configuration.database)) {
            database.migrationInfo().forEach(System.out::println);
        }
    }
}
