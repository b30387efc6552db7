package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tdah.assistant.bootstrap.logscan.SecretScan;

/**
 * The dev jar as a user runs it, in a process of its own: {@code dev} on a fresh machine, a
 * restart that keeps the data, a stop that leaves no database or Redis process behind. The
 * production jar's {@code server} refusing to start without its secrets is bootstrap's
 * ProductionJarIT.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "assistant-dev.jar");
    private static final String PASSWORD = "purple elephants dance quietly";

    @Test
    void dev_runs_on_embedded_servers_keeps_data_across_a_restart_and_stopping_it_leaves_no_server_behind(
            @TempDir Path dataDirectory) throws Exception {
        int appPort = freePort();
        int adminPort = freePort();
        ApiClient api = new ApiClient("http://127.0.0.1:" + appPort);
        ApiClient admin = new ApiClient("http://127.0.0.1:" + adminPort);

        RunningDev first = RunningDev.start(dataDirectory, appPort, adminPort);
        String token;
        try {
            first.awaitHealthy(admin);
            assertThat(first.log()).contains("PostgreSQL  jdbc:postgresql://127.0.0.1:", "Redis       redis://127.0.0.1:",
                    "Twilio      http://127.0.0.1:",
                    "API         http://localhost:" + appPort, "Admin       http://localhost:" + adminPort);
            token = api.registerAndLogIn("restart@example.org", PASSWORD, "Sam");
            assertThat(api.getWithToken("/api/v1/users/me", token).status()).isEqualTo(200);
            assertThat(api.getWithToken("/api/v1/users/me?token=secret-in-the-query", token).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(first.log())
                    .as("one access line per request, with its request id, without the query string")
                    .containsPattern("INFO  \\[[0-9a-f-]{36}\\] access: GET /api/v1/users/me 200 \\d+ ms 127\\.0\\.0\\.1")
                    .doesNotContain("secret-in-the-query"));
            assertThat(admin.get("/prometheus").body()).as("the jar serves Prometheus text on the admin port, by route template")
                    .contains("assistant_http_requests_seconds_count{method=\"GET\",route=\"/api/v1/users/me\",status=\"200\"} 2",
                            "jvm_threads_current ");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(admin.get("/dev/outbox").json())
                    .anySatisfy(message -> {
                        assertThat(message.get("channel").asText()).isEqualTo("email");
                        assertThat(message.get("to").asText()).isEqualTo("restart@example.org");
                        assertThat(message.get("subject").asText()).isEqualTo("Confirm your email address");
                    }));
            assertThat(api.postJson("/api/v1/users/me/phone", token, Map.of("phone", "+33611223344")).status())
                    .isEqualTo(202);
            assertThat(admin.get("/dev/outbox").json()).as("texts go through twilio-java to the emulator")
                    .anySatisfy(message -> {
                        assertThat(message.get("channel").asText()).isEqualTo("sms");
                        assertThat(message.get("to").asText()).isEqualTo("+33611223344");
                        assertThat(message.get("from").asText()).isEqualTo("+15005550006");
                        assertThat(message.get("body").asText()).matches("\\d{6} is your TDAH Assistant code.*");
                    });

            rotateSigningKeyWithTheCommand(first.databaseUrl(), workDirectory(dataDirectory));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(api.get("/.well-known/jwks.json").json().get("keys")).hasSize(2));
            String newKeyId = api.get("/.well-known/jwks.json").json().get("keys").get(0).get("kid").asText();
            assertThat(keyIdOf(token)).isNotEqualTo(newKeyId);
            assertThat(api.getWithToken("/api/v1/users/me", token).status())
                    .as("a token of the previous key stays valid").isEqualTo(200);
            String afterRotation = api.postJson("/api/v1/auth/login", Map.of("email", "restart@example.org", "password", PASSWORD))
                    .json().get("accessToken").asText();
            assertThat(keyIdOf(afterRotation)).isEqualTo(newKeyId);
        } finally {
            first.stop();
        }
        assertThat(first.embeddedServersStillAlive()).isEmpty();
        assertThat(dataDirectory.resolve("postgres").resolve("postmaster.pid")).doesNotExist();

        RunningDev second = RunningDev.start(dataDirectory, appPort, adminPort);
        try {
            second.awaitHealthy(admin);
            assertThat(api.getWithToken("/api/v1/users/me", token).json().get("email").asText())
                    .isEqualTo("restart@example.org");
            assertThat(api.postJson("/api/v1/auth/login", Map.of("email", "restart@example.org", "password", PASSWORD))
                    .status()).isEqualTo(200);
        } finally {
            second.stop();
        }
        assertThat(second.embeddedServersStillAlive()).isEmpty();
    }

    /** {@code java -jar assistant-dev.jar keys rotate dev.yml} against the database of the running dev. */
    private static void rotateSigningKeyWithTheCommand(String databaseUrl, Path workDirectory) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "keys", "rotate",
                Path.of("target", "classes", "dev.yml").toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("keys.log").toFile());
        builder.environment().put("DATABASE_URL", databaseUrl);
        builder.environment().put("REDIS_URL", "redis://127.0.0.1:1");
        builder.environment().put("SMTP_HOST", "127.0.0.1");
        Process keys = builder.start();

        assertThat(keys.waitFor(60, TimeUnit.SECONDS)).isTrue();
        SecretScan.inspectOutput("keys rotate", workDirectory.resolve("keys.log"));
        assertThat(Files.readString(workDirectory.resolve("keys.log")))
                .as("exit %s", keys.exitValue()).contains("New signing key");
        assertThat(keys.exitValue()).isZero();
    }

    private static String keyIdOf(String token) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0])).get("kid").asText();
    }

    private static Path workDirectory(Path dataDirectory) {
        return dataDirectory.getParent();
    }

    @Test
    void dev_with_a_weak_administrator_password_stops_with_one_sentence_that_does_not_repeat_it(
            @TempDir Path workDirectory) throws Exception {
        Path log = workDirectory.resolve("weak-admin.log");
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "dev")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().remove("REDIS_URL");
        builder.environment().put("ASSISTANT_DATA_DIR", workDirectory.resolve("data").toString());
        builder.environment().put("APP_PORT", "0");
        builder.environment().put("ADMIN_PORT", "0");
        builder.environment().put("ASSISTANT_ADMIN_EMAIL", "root@example.org");
        builder.environment().put("ASSISTANT_ADMIN_PASSWORD", "hunter2hunter2");
        SecretScan.remember("hunter2hunter2");
        Process dev = builder.start();

        assertThat(dev.waitFor(120, TimeUnit.SECONDS)).isTrue();
        SecretScan.inspectOutput("dev with a weak administrator password", log);
        String output = Files.readString(log);
        assertThat(dev.exitValue()).as(output).isNotZero();
        assertThat(output)
                .contains("The assistant cannot start: ASSISTANT_ADMIN_PASSWORD is refused by the password policy")
                .doesNotContain("hunter2hunter2")
                .doesNotContain("\tat ");
    }

    /** One run of {@code java -jar assistant-dev.jar dev} in its own process. */
    private record RunningDev(Process process, Path logFile, Path dataDirectory, List<ProcessHandle> servers) {

        static RunningDev start(Path dataDirectory, int appPort, int adminPort) throws IOException {
            Path logFile = Files.createTempFile(dataDirectory.getParent(), "dev", ".log");
            ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "dev")
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            builder.environment().remove("DATABASE_URL");
            builder.environment().remove("REDIS_URL");
            builder.environment().put("ASSISTANT_DATA_DIR", dataDirectory.toString());
            builder.environment().put("APP_PORT", Integer.toString(appPort));
            builder.environment().put("ADMIN_PORT", Integer.toString(adminPort));
            builder.environment().put("BCRYPT_COST", "10");
            return new RunningDev(builder.start(), logFile, dataDirectory, new java.util.ArrayList<>());
        }

        void awaitHealthy(ApiClient admin) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                assertThat(process.isAlive()).as("dev is running; its log:%n%s", log()).isTrue();
                assertThat(healthStatus(admin)).isEqualTo(200);
            });
            postgresServer().ifPresent(servers::add);
            process.descendants().filter(child -> child.info().command().orElse("").contains("redis-server"))
                    .forEach(servers::add);
            assertThat(servers).as("an embedded PostgreSQL and an embedded Redis run").hasSize(2);
        }

        /** SIGTERM, as Ctrl-C or a service manager sends it. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            SecretScan.inspectOutput("dev", logFile);
        }

        List<ProcessHandle> embeddedServersStillAlive() {
            return servers.stream().filter(server -> {
                try {
                    server.onExit().get(15, TimeUnit.SECONDS);
                } catch (Exception stillRunning) {
                    // reported below
                }
                return server.isAlive();
            }).toList();
        }

        /** The JDBC URL of the embedded PostgreSQL, from the start-up log line. */
        String databaseUrl() {
            java.util.regex.Matcher url = java.util.regex.Pattern.compile("PostgreSQL  (jdbc:\\S+)").matcher(log());
            assertThat(url.find()).as("the PostgreSQL line of the log").isTrue();
            return url.group(1);
        }

        String log() {
            try {
                return Files.readString(logFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        private Optional<ProcessHandle> postgresServer() {
            try {
                String pid = Files.readAllLines(dataDirectory.resolve("postgres").resolve("postmaster.pid")).get(0).strip();
                return ProcessHandle.of(Long.parseLong(pid));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        private static int healthStatus(ApiClient admin) {
            try {
                return admin.get("/healthcheck").status();
            } catch (RuntimeException notYetListening) {
                return -1;
            }
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
