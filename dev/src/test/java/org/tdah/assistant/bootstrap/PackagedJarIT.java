package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
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
    private static final String PASSWORD = "purple elephants dance quietly";

    @Test
    void dev_runs_on_embedded_servers_keeps_data_across_a_restart_and_stopping_it_leaves_no_server_behind(
            @TempDir Path dataDirectory) throws Exception {
        // As a user runs it: PUBLIC_BASE_URL follows APP_PORT; the second run restarts on the same ports.
        DevJar.Launch launch = DevJar.in(workDirectory(dataDirectory)).dataDirectory(dataDirectory).without("PUBLIC_BASE_URL");
        RunningDev first = RunningDev.start(launch, dataDirectory);
        ApiClient api = first.dev().api();
        ApiClient admin = first.dev().admin();
        int appPort = first.dev().appPort();
        int adminPort = first.dev().adminPort();
        String token;
        try {
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

        RunningDev second = RunningDev.start(launch, dataDirectory);
        try {
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
        ProcessBuilder builder = new ProcessBuilder(DevJar.java(), "-jar", DevJar.JAR.toAbsolutePath().toString(), "keys", "rotate",
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
        SecretScan.remember("hunter2hunter2");
        DevJar dev = DevJar.in(workDirectory).log(log).ports(0, 0).without("PUBLIC_BASE_URL")
                .environment(Map.of("ASSISTANT_ADMIN_EMAIL", "root@example.org", "ASSISTANT_ADMIN_PASSWORD", "hunter2hunter2"))
                .start();

        int exit = dev.awaitExit(Duration.ofSeconds(120));
        SecretScan.inspectOutput("dev with a weak administrator password", log);
        String output = Files.readString(log);
        assertThat(exit).as(output).isNotZero();
        assertThat(output)
                .contains("The assistant cannot start: ASSISTANT_ADMIN_PASSWORD is refused by the password policy")
                .doesNotContain("hunter2hunter2")
                .doesNotContain("\tat ");
    }

    /** One run of {@code java -jar assistant-dev.jar dev}, healthy, with the embedded servers it started. */
    private record RunningDev(DevJar dev, Path dataDirectory, List<ProcessHandle> servers) {

        static RunningDev start(DevJar.Launch launch, Path dataDirectory) throws IOException {
            DevJar dev = launch.log(Files.createTempFile(dataDirectory.getParent(), "dev", ".log")).startHealthy();
            RunningDev run = new RunningDev(dev, dataDirectory, new java.util.ArrayList<>());
            try {
                run.postgresServer().ifPresent(run.servers::add);
                dev.process().descendants().filter(child -> child.info().command().orElse("").contains("redis-server"))
                        .forEach(run.servers::add);
                assertThat(run.servers).as("an embedded PostgreSQL and an embedded Redis run").hasSize(2);
            } catch (RuntimeException | AssertionError notAsExpected) {
                dev.close();
                throw notAsExpected;
            }
            return run;
        }

        /** SIGTERM, as Ctrl-C or a service manager sends it; then the log is scanned for secrets. */
        void stop() {
            dev.close();
            SecretScan.inspectOutput("dev", dev.logFile());
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
            return dev.log();
        }

        private Optional<ProcessHandle> postgresServer() {
            try {
                String pid = Files.readAllLines(dataDirectory.resolve("postgres").resolve("postmaster.pid")).get(0).strip();
                return ProcessHandle.of(Long.parseLong(pid));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
