package org.tdah.assistant.bootstrap.config;

import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;

/** Opens the PostgreSQL database that a configuration names; shared by the server and the db commands. */
public final class Databases {
    private Databases() {}

    public static PostgresDatabase connect(AssistantConfiguration.Database settings) {
        return PostgresDatabase.connect(new PostgresDatabase.Settings(
                settings.url,
                Adapters.blankToNull(settings.user),
                Adapters.blankToNull(settings.password),
                settings.maxPoolSize,
                settings.connectionTimeout.toJavaDuration()));
    }
}
