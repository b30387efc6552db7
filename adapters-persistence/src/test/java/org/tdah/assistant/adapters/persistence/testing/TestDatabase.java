package org.tdah.assistant.adapters.persistence.testing;

import java.time.Duration;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;

/** A migrated database of its own for one test class, with a way to empty it between tests. */
public final class TestDatabase {
    private TestDatabase() {}

    public static PostgresDatabase migrated() {
        PostgresDatabase database = PostgresDatabase.connect(
                new PostgresDatabase.Settings(TestServers.newDatabase(), null, null, 4, Duration.ofSeconds(5)));
        database.migrate();
        return database;
    }

    /** Removes every row of the application's tables, keeping the schema. */
    public static void truncateAll(PostgresDatabase database) {
        database.withHandle(handle -> handle.execute("""
                DO $$ DECLARE tables TEXT;
                BEGIN
                  SELECT string_agg(format('%I', tablename), ', ') INTO tables
                  FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history';
                  IF tables IS NOT NULL THEN EXECUTE 'TRUNCATE ' || tables || ' CASCADE'; END IF;
                END $$"""));
    }
}
