package org.tdah.assistant.adapters.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server run from the binaries that ship in a Maven artifact, for the
 * {@code dev} mode and the tests: no installation, no Docker. With a data directory the data
 * survives restarts; without one it lives in a temporary directory removed at close.
 *
 * <p>The server stops when {@link #close()} is called or the JVM shuts down. A server left behind
 * by a JVM that was killed outright is stopped before a new one starts on the same directory.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** @param dataDirectory where the data lives across restarts; empty for a throwaway server */
    public static EmbeddedPostgresServer start(Optional<Path> dataDirectory) {
        return start(dataDirectory, 0);
    }

    /**
     * @param dataDirectory where the data lives across restarts; empty for a throwaway server
     * @param port the port to listen on, 0 for any free one
     */
    public static EmbeddedPostgresServer start(Optional<Path> dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", dataDirectory.isPresent() ? "on" : "off");
            if (dataDirectory.isPresent()) {
                Path directory = dataDirectory.get().toAbsolutePath();
                Files.createDirectories(directory);
                stopLeftoverServer(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** A JDBC URL to a database of this server, as its superuser (the server only listens on loopback). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database + "?user=" + SUPERUSER;
    }

    /** Creates the database unless it exists; names are plain lower-case identifiers. */
    public void createDatabaseIfMissing(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, database);
                try (var rows = query.executeQuery()) {
                    exists = rows.next();
                }
            }
            if (!exists) {
                // CREATE DATABASE takes no bind parameter: the name matched DATABASE_NAME above
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stopLeftoverServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream().findFirst().orElse("").strip();
        long pid;
        try {
            pid = Long.parseLong(firstLine);
        } catch (NumberFormatException unreadable) {
            return;
        }
        Optional<ProcessHandle> leftover = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
        if (leftover.isEmpty()) {
            return;
        }
        LOG.warn("Stopping PostgreSQL process {} left running on {} by an earlier run", pid, dataDirectory);
        leftover.get().destroy();
        try {
            leftover.get().onExit().get(15, TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            leftover.get().destroyForcibly();
        }
    }
}
