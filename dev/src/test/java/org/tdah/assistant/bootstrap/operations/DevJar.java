package org.tdah.assistant.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.tdah.assistant.bootstrap.ApiClient;

/**
 * {@code java -jar target/assistant-dev.jar dev} (the dev module's jar) in a process of its own, on
 * free loopback ports and a data directory of the test's, as a developer runs it (as PackagedJarIT
 * does); stopped by SIGTERM.
 */
final class DevJar implements AutoCloseable {
    static final Path JAR = Path.of("target", "assistant-dev.jar");

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

    /** Starts dev and waits (at most 2 minutes) until its admin health check answers 200. */
    static DevJar startHealthy(Path workDirectory) throws IOException {
        return startHealthy(workDirectory, Map.of());
    }

    /** As {@link #startHealthy(Path)}, with more environment variables (the first administrator's, say). */
    static DevJar startHealthy(Path workDirectory, Map<String, String> environment) throws IOException {
        assertThat(JAR).as("the packaged jar (mvn package builds it before the ITs)").exists();
        int appPort = freePort();
        int adminPort = freePort();
        Path logFile = workDirectory.resolve("dev.log");
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "dev")
                .redirectErrorStream(true).redirectOutput(logFile.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("REDIS_URL");
        builder.environment().put("ASSISTANT_DATA_DIR", workDirectory.resolve("data").toString());
        builder.environment().put("APP_PORT", Integer.toString(appPort));
        builder.environment().put("ADMIN_PORT", Integer.toString(adminPort));
        builder.environment().put("PUBLIC_BASE_URL", "http://127.0.0.1:" + appPort);
        builder.environment().put("BCRYPT_COST", "10");
        builder.environment().putAll(environment);
        DevJar dev = new DevJar(builder.start(), logFile, appPort, adminPort);
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

    String baseUrl() {
        return "http://127.0.0.1:" + appPort;
    }

    String adminUrl() {
        return "http://127.0.0.1:" + adminPort;
    }

    ApiClient api() {
        return new ApiClient(baseUrl());
    }

    ApiClient admin() {
        return new ApiClient(adminUrl());
    }

    String log() {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
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

    static String java() {
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
