package org.tdah.assistant.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web app in a real browser against the packaged jar's {@code dev}: {@code web/e2e/smoke.mjs}
 * (playwright-core driving Debian's Chromium, never a downloaded browser) registers with a weak
 * password first, verifies the email from the link in the dev outbox, logs in, adds a task and
 * completes it, reloads and is still signed in (the HttpOnly refresh cookie; nothing in storage or
 * {@code document.cookie}), signs out and reloads to the login; then, with an authenticator app turned on
 * through the API, logs in through the second step (a wrong code refused under its field, a backup
 * code taken) and signs out. Skipped, saying why, where Chromium or the
 * web module's node_modules are missing; its screenshots stay in {@code web/e2e/artifacts/}.
 */
class WebAppBrowserIT {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path WEB = Path.of("..", "web").toAbsolutePath().normalize();

    @Test
    void a_person_registers_verifies_logs_in_and_completes_a_task_in_chromium(@TempDir Path work) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            System.err.println("WebAppBrowserIT skipped: no Chromium at " + CHROMIUM + " (Debian: apt-get install chromium)");
        }
        assumeThat(Files.isExecutable(CHROMIUM)).as("Chromium at %s (Debian: apt-get install chromium)", CHROMIUM).isTrue();
        assumeThat(Files.isDirectory(WEB.resolve("node_modules/playwright-core")))
                .as("web/node_modules/playwright-core (the web module's npm ci installs it)").isTrue();

        try (DevJar dev = DevJar.startHealthy(work)) {
            Path output = work.resolve("smoke.out");
            Process smoke = new ProcessBuilder("node", "e2e/smoke.mjs", dev.baseUrl(), dev.adminUrl())
                    .directory(WEB.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ended = smoke.waitFor(3, TimeUnit.MINUTES);
            if (!ended) {
                smoke.destroyForcibly();
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(ended).as("the browser walk ended within 3 minutes:%n%s", printed).isTrue();
            assertThat(smoke.exitValue()).as("the browser walk:%n%s%nthe dev log:%n%s", printed, dev.log()).isZero();
            assertThat(printed).contains("a French browser gets the French login", "a weak password is refused under its field: ", "registered ",
                    "verified the email from the link of the mail", "logged in, on Today",
                    "added a task and completed it with one tap", "a reload keeps the person signed in", "after sign out, a reload shows the login",
                    "the second step is asked for, and a wrong authenticator code is refused under its field",
                    "logged in with a backup code", "signed out");
        }
    }
}
