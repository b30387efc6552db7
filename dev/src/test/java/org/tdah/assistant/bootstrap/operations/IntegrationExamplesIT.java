package org.tdah.assistant.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tdah.assistant.bootstrap.DevJar;

/**
 * The integration examples of docs/api.md run as a reader runs them, against the packaged jar's
 * {@code dev}: docs/examples/quickstart.sh (curl and jq) and docs/examples/QuickStart.java
 * ({@code java QuickStart.java <baseUrl> <adminUrl>}) each end with exit code 0 after every step.
 */
class IntegrationExamplesIT {
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static final List<String> STEPS = List.of("registered ", "read the verification email",
            "verified the email address", "logged in (token type Bearer", "created task ", "listed task ",
            "refreshed the token; /users/me answers with the new one");

    @TempDir
    static Path work;
    private static DevJar dev;

    @BeforeAll
    static void startDev() throws IOException {
        dev = DevJar.startHealthy(work);
    }

    @AfterAll
    static void stopDev() {
        if (dev != null) {
            dev.close();
        }
    }

    @Test
    void the_curl_walk_through_runs_every_step() throws Exception {
        assumeThat(onPath("curl") && onPath("jq")).as("quickstart.sh needs curl and jq (apt-get install -y curl jq)")
                .isTrue();
        Run run = run(List.of("bash", EXAMPLES.resolve("quickstart.sh").toString(), dev.baseUrl(), dev.adminUrl()),
                "quickstart-sh.out");

        assertThat(run.exitCode()).as(run.output()).isZero();
        everyStepInOrder(run);
        assertThat(run.lines().get(5)).matches("listed task [0-9a-f-]{36}: call the pharmacy");
    }

    @Test
    void the_java_client_runs_every_step() throws Exception {
        Run run = run(List.of(DevJar.java(), EXAMPLES.resolve("QuickStart.java").toString(), dev.baseUrl(),
                dev.adminUrl()), "quickstart-java.out");

        assertThat(run.exitCode()).as(run.output()).isZero();
        everyStepInOrder(run);
        assertThat(run.lines().get(5)).matches("listed task [0-9a-f-]{36}: call the pharmacy");
    }

    /** One line per step, in order, and nothing else. */
    private static void everyStepInOrder(Run run) {
        List<String> lines = run.lines();
        assertThat(lines).as(run.output()).hasSize(STEPS.size());
        for (int i = 0; i < STEPS.size(); i++) {
            assertThat(lines.get(i)).as("step %d of%n%s", i + 1, run.output()).startsWith(STEPS.get(i));
        }
    }

    private record Run(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private static Run run(List<String> command, String outputName) throws Exception {
        Path output = work.resolve(outputName);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end in 120 s: " + Files.readString(output));
        }
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String program) {
        return java.util.stream.Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isBlank() && Files.isExecutable(Path.of(dir, program)));
    }
}
