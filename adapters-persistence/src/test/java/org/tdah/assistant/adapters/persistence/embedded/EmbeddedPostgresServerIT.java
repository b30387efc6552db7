package org.tdah.assistant.adapters.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIT {

    @Test
    void data_written_before_a_restart_is_there_after_it_and_no_server_outlives_close(@TempDir Path dataDirectory)
            throws Exception {
        Path postgresData = dataDirectory.resolve("postgres");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(Optional.of(postgresData))) {
            first.createDatabaseIfMissing("assistant");
            execute(first.jdbcUrl("assistant"), "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept')");
        }
        assertThat(Files.exists(postgresData.resolve("postmaster.pid"))).isFalse();
        assertThat(Files.readString(postgresData.resolve("PG_VERSION")).strip()).as("PostgreSQL major version").isEqualTo("17");

        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(Optional.of(postgresData))) {
            second.createDatabaseIfMissing("assistant");
            try (Connection connection = DriverManager.getConnection(second.jdbcUrl("assistant"));
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT text FROM notes")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("kept");
            }
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
