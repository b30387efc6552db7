package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar target/assistant-dev.jar dev} (the dev module's jar) in a process of its own, as a
 * developer runs it: on free loopback ports, its data and log in the test's directory, on its own
 * embedded PostgreSQL and Redis unless the test gives it servers; stopped by SIGTERM, or killed as a
 * crash. Every IT of this module that runs the jar starts it here.
 */
public final class DevJar implements AutoCloseable {
    public static final Path JAR = Path.of("target", "assistant-dev.jar");

    private final Process process;
    private final Path logFile;
    private final int appPort;
    private final int adminPort;

    private DevJar(Process process, Path logFile, int appPort, int adminPort) {
        this.process = process;
        this.logFile = logFile;
        this.appPort = appPort;
        this.adminPort = adminPort;
    }

    /** Starts dev in {@code workDirectory} and waits (at most 2 minutes) until its admin health check answers 200. */
    public static DevJar startHealthy(Path workDirectory) throws IOException {
        return in(workDirectory).startHealthy();
    }

    /** As {@link #startHealthy(Path)}, with more environment variables (the first administrator's, say). */
    public static DevJar startHealthy(Path workDirectory, Map<String, String> environment) throws IOException {
        return in(workDirectory).environment(environment).startHealthy();
    }

    /**
     * A run to start in {@code workDirectory} (its data in {@code data/}, its log in {@code dev.log}) on two
     * free ports; the same {@link Launch} started again is a restart on the same ports.
     */
    public static Launch in(Path workDirectory) throws IOException {
        return new Launch(workDirectory);
    }

    /** What a run of the jar is given: ports, data directory, log file and environment. */
    public static final class Launch {
        private Path dataDirectory;
        private Path logFile;
        private int appPort;
        private int adminPort;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final Set<String> unset = new HashSet<>();

        private Launch(Path workDirectory) throws IOException {
            this.dataDirectory = workDirectory.resolve("data");
            this.logFile = workDirectory.resolve("dev.log");
            this.appPort = freePort();
            this.adminPort = freePort();
        }

        public Launch dataDirectory(Path directory) {
            this.dataDirectory = directory;
            return this;
        }

        public Launch log(Path file) {
            this.logFile = file;
            return this;
        }

        /** Fixed ports ({@code 0}: any, for a run that is not to be called). */
        public Launch ports(int app, int admin) {
            this.appPort = app;
            this.adminPort = admin;
            return this;
        }

        /** More environment variables; {@code DATABASE_URL} and {@code REDIS_URL} give it servers of the test's. */
        public Launch environment(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        /** Leaves a variable this class sets out, so the jar's own default holds ({@code PUBLIC_BASE_URL}, say). */
        public Launch without(String variable) {
            unset.add(variable);
            return this;
        }

        /** Starts the process and returns at once. */
        public DevJar start() throws IOException {
            assertThat(JAR).as("the packaged jar (mvn package builds it before the ITs)").exists();
            ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "dev")
                    .redirectErrorStream(true).redirectOutput(logFile.toFile());
            Map<String, String> variables = builder.environment();
            variables.remove("DATABASE_URL");
            variables.remove("REDIS_URL");
            variables.put("ASSISTANT_DATA_DIR", dataDirectory.toString());
            variables.put("APP_PORT", Integer.toString(appPort));
            variables.put("ADMIN_PORT", Integer.toString(adminPort));
            variables.put("PUBLIC_BASE_URL", "http://127.0.0.1:" + appPort);
            variables.put("BCRYPT_COST", "10");
            variables.putAll(environment);
            unset.forEach(variables::remove);
            return new DevJar(builder.start(), logFile, appPort, adminPort);
        }

        /** Starts the process and waits (at most 2 minutes) until its admin health check answers 200. */
        public DevJar startHealthy() throws IOException {
            DevJar dev = start();
            try {
                await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                    assertThat(dev.process.isAlive()).as("dev is running; its log:%n%s", dev.log()).isTrue();
                    assertThat(healthStatus(dev.admin())).isEqualTo(200);
                });
            } catch (RuntimeException | AssertionError notStarted) {
                dev.close();
                throw notStarted;
            }
            return dev;
        }
    }

    public int appPort() {
        return appPort;
    }

    public int adminPort() {
        return adminPort;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + appPort;
    }

    public String adminUrl() {
        return "http://127.0.0.1:" + adminPort;
    }

    public ApiClient api() {
        return new ApiClient(baseUrl());
    }

    public ApiClient admin() {
        return new ApiClient(adminUrl());
    }

    /** The process, for what it started (the embedded servers are among its descendants). */
    public ProcessHandle process() {
        return process.toHandle();
    }

    public Path logFile() {
        return logFile;
    }

    public String log() {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Waits for the process to end by itself; its exit value. */
    public int awaitExit(Duration atMost) throws InterruptedException {
        assertThat(process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)).as("dev has stopped; its log:%n%s", log()).isTrue();
        return process.exitValue();
    }

    /** SIGKILL, as a crash: no shutdown hook, no clean stop of the scheduler. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("dev is gone after SIGKILL").isTrue();
    }

    /** SIGTERM, as Ctrl-C sends it; dev stops its embedded PostgreSQL and Redis on the way out. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int healthStatus(ApiClient admin) {
        try {
            return admin.get("/healthcheck").status();
        } catch (RuntimeException notYetListening) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
