package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tdah.assistant.bootstrap.logscan.SecretScan;

/**
 * The production jar, {@code target/assistant.jar}, as an operator runs it: it carries the
 * production commands and the web app, and nothing of {@code dev} (no embedded PostgreSQL or Redis
 * binaries, no GreenMail, no dev command or its configuration), and {@code server} refuses to
 * start without its secrets. {@code dev} is the dev module's jar (its PackagedJarIT).
 */
class ProductionJarIT {
    private static final Path JAR = Path.of("target", "assistant.jar");
    private static final Path PRODUCTION_CONFIG = Path.of("..", "config.yml");

    @Test
    void the_production_jar_carries_no_embedded_server_no_mail_sink_and_no_dev_mode() throws Exception {
        assertThat(JAR).as("the production jar (mvn package builds it before the ITs)").exists();
        List<String> entries;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            entries = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
        }
        assertThat(entries).as("what production runs")
                .contains("org/tdah/assistant/bootstrap/AssistantApplication.class",
                        "org/tdah/assistant/bootstrap/ProductionServerCommand.class",
                        "org/tdah/assistant/bootstrap/WorkerCommand.class",
                        "org/tdah/assistant/bootstrap/SmsRouterCommand.class",
                        "org/tdah/assistant/adapters/persistence/postgres/PostgresDatabase.class",
                        "org/postgresql/Driver.class", "redis/clients/jedis/Jedis.class")
                .anyMatch(entry -> entry.startsWith("web/"));
        assertThat(entries).as("PostgreSQL and Redis binaries and their launchers")
                .noneMatch(entry -> entry.startsWith("postgres-") && entry.endsWith(".txz"))
                .noneMatch(entry -> entry.startsWith("redis-server-"))
                .noneMatch(entry -> entry.startsWith("io/zonky/"))
                .noneMatch(entry -> entry.startsWith("redis/embedded/"));
        assertThat(entries).as("GreenMail, the SMTP sink")
                .noneMatch(entry -> entry.startsWith("com/icegreen/"))
                .doesNotContain("greenmail.p12");
        assertThat(entries).as("the dev mode, its configuration and the servers only dev and the tests start")
                .noneMatch(entry -> entry.startsWith("org/tdah/assistant/dev/"))
                .noneMatch(entry -> entry.startsWith("org/tdah/assistant/bootstrap/dev/"))
                .noneMatch(entry -> entry.startsWith("org/tdah/assistant/adapters/persistence/embedded/"))
                .noneMatch(entry -> entry.startsWith("org/tdah/assistant/adapters/email/sink/"))
                .noneMatch(entry -> entry.startsWith("org/tdah/assistant/adapters/sms/emulator/"))
                .doesNotContain("dev.yml");
        assertThat(Files.size(JAR)).as("the production jar's size, in bytes").isLessThan(100L * 1024 * 1024);
    }

    @Test
    void dev_is_refused_with_a_sentence_naming_the_dev_jar(@TempDir Path workDirectory) throws Exception {
        Path log = workDirectory.resolve("dev.log");
        Process dev = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "dev")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertThat(dev.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(dev.exitValue()).as(output).isNotZero();
        assertThat(output).contains("The production jar has no dev command",
                "java -jar dev/target/assistant-dev.jar dev").doesNotContain("\tat ");
    }

    @Test
    void the_help_lists_the_production_commands_and_not_dev(@TempDir Path workDirectory) throws Exception {
        Path log = workDirectory.resolve("help.log");
        Process help = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "--help")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertThat(help.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(output).contains("server", "worker", "sms-router", "db", "keys").doesNotContainPattern("\\bdev\\b");
    }

    @Test
    void server_without_its_secrets_stops_with_a_message_naming_what_is_missing(@TempDir Path workDirectory)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toAbsolutePath().toString(), "server",
                PRODUCTION_CONFIG.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("out.log").toFile());
        List.of("DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD", "REDIS_URL", "PUBLIC_BASE_URL",
                "ASSISTANT_KEY_ENCRYPTION_KEY", "SMTP_HOST", "MAIL_FROM", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN",
                "TWILIO_FROM_NUMBER").forEach(builder.environment()::remove);
        Process server = builder.start();

        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        SecretScan.inspectOutput("server without its secrets", workDirectory.resolve("out.log"));
        String output = Files.readString(workDirectory.resolve("out.log"));
        assertThat(server.exitValue()).isNotZero();
        assertThat(output).containsPattern("The assistant cannot start: the environment variable [A-Z_]+ is not set")
                .doesNotContain("\tat ");
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
