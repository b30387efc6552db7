package org.tdah.assistant.bootstrap.db;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import net.sourceforge.argparse4j.inf.Namespace;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.config.Databases;

/** Applies pending migrations to the configured database. */
final class DbMigrateCommand extends ConfiguredCommand<AssistantConfiguration> {
    DbMigrateCommand() {
        super("migrate", "Applies pending schema migrations");
    }

    @Override
    protected void run(Bootstrap<AssistantConfiguration> bootstrap, Namespace namespace,
            AssistantConfiguration configuration) {
        try (PostgresDatabase database = Databases.connect(configuration.database)) {
            System.out.println("Applied " + database.migrate() + " migration(s); the schema is up to date.");
        }
    }
}
