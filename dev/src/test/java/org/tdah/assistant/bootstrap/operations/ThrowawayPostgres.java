package org.tdah.assistant.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the machine's own binaries (Debian's {@code postgresql-15} under
 * {@code /usr/lib/postgresql/<major>/bin}), initialised in a temporary directory and listening on
 * a free loopback port with password authentication (scram-sha-256): a server whose major matches
 * the machine's {@code pg_dump}, which the embedded PostgreSQL 17 does not (its bundle has no
 * {@code pg_dump}, and Debian 12's refuses a newer server). Its superuser is {@code assistant},
 * as the compose {@code postgres} service's is. As root, the server runs as the {@code postgres}
 * user (initdb refuses root).
 */
final class ThrowawayPostgres implements AutoCloseable {
    static final String USER = "assistant";
    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final List<String> TOOLS = List.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore", "psql");

    private final Path bin;
    private final Path directory;
    private final String password;
    private final int port;
    private final boolean asPostgresUser;

    private ThrowawayPostgres(Path bin, Path directory, String password, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.directory = directory;
        this.password = password;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The newest {@code /usr/lib/postgresql/<major>/bin} holding the server and the client tools. */
    static Optional<Path> installedBinaries() {
        if (!Files.isDirectory(INSTALLATIONS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> TOOLS.stream().allMatch(tool -> Files.isExecutable(bin.resolve(tool))))
                    .filter(bin -> bin.getParent().getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the server can be started here: not root, or root with {@code runuser} and a {@code postgres} user. */
    static Optional<String> cannotRunBecause() {
        if (!isRoot()) {
            return Optional.empty();
        }
        if (!Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
            return Optional.of("running as root without runuser (initdb refuses root)");
        }
        try {
            Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            return Optional.empty();
        } catch (IOException noSuchUser) {
            return Optional.of("running as root and there is no postgres user to run the server as");
        }
    }

    static ThrowawayPostgres start(Path bin, String password) throws IOException {
        boolean asPostgres = isRoot();
        Path directory = Files.createTempDirectory("backup-it-postgres");
        ThrowawayPostgres server = new ThrowawayPostgres(bin, directory, password, freePort(), asPostgres);
        try {
            Path passwordFile = directory.resolve("superuser-password");
            Files.writeString(passwordFile, password + "\n");
            if (asPostgres) {
                UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(directory, postgres);
                Files.setOwner(passwordFile, postgres);
            }
            server.run(List.of(bin.resolve("initdb").toString(), "-D", server.data().toString(), "-U", USER,
                    "--auth=scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF8", "--locale=C.UTF-8"));
            Files.delete(passwordFile);
            server.run(List.of(bin.resolve("pg_ctl").toString(), "-D", server.data().toString(), "-l", directory.resolve("server.log").toString(),
                    "-w", "-t", "60", "-o", "-c port=" + server.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories="
                            + directory + " -c fsync=off", "start"));
            return server;
        } catch (IOException | RuntimeException | AssertionError e) {
            server.close();
            throw e;
        }
    }

    Path bin() {
        return bin;
    }

    int port() {
        return port;
    }

    String password() {
        return password;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, password);
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w", "stop"));
            }
        } catch (RuntimeException | AssertionError | IOException notStopped) {
            System.err.println("ThrowawayPostgres: could not stop the server in " + directory + ": " + notStopped.getMessage());
        } finally {
            deleteRecursively(directory);
        }
    }

    private Path data() {
        return directory.resolve("data");
    }

    private void run(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).directory(directory.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("%s ended", full).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(process.exitValue()).as("%s:%n%s%s", full, output, serverLog()).isZero();
    }

    private String serverLog() {
        try {
            Path log = directory.resolve("server.log");
            return Files.exists(log) ? "\nserver.log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: left behind, nothing worse
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
