package org.tdah.assistant.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tdah.assistant.bootstrap.DevJar;

/**
 * The web app in a real browser against the packaged jar's {@code dev}: {@code web/e2e/run.mjs}
 * (playwright-core driving Debian's Chromium, never a downloaded browser) runs every walk of
 * {@code web/e2e/walks/} in one browser, each a person's path through an area of the app (what
 * each one does is written at its top), with axe-core on the pages it opens. Every walk must say
 * it passed. Skipped, saying why, where Chromium or the web module's node_modules are missing; the
 * screenshots (390 px and 1280 px) stay in {@code web/e2e/artifacts/}.
 */
class WebAppBrowserIT {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path WEB = Path.of("..", "web").toAbsolutePath().normalize();

    @Test
    void every_walk_of_the_web_app_passes_in_chromium(@TempDir Path work) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            System.err.println("WebAppBrowserIT skipped: no Chromium at " + CHROMIUM + " (Debian: apt-get install chromium)");
        }
        assumeThat(Files.isExecutable(CHROMIUM)).as("Chromium at %s (Debian: apt-get install chromium)", CHROMIUM).isTrue();
        assumeThat(Files.isDirectory(WEB.resolve("node_modules/playwright-core")))
                .as("web/node_modules/playwright-core (the web module's npm ci installs it)").isTrue();
        List<String> walks;
        try (Stream<Path> files = Files.list(WEB.resolve("e2e/walks"))) {
            walks = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".mjs"))
                    .map(name -> name.substring(0, name.length() - ".mjs".length())).sorted().toList();
        }
        assertThat(walks).as("the walks of web/e2e/walks").isNotEmpty();

        // The first administrator, made by dev at start, for the walks of the administration pages.
        Map<String, String> administrator = Map.of("ASSISTANT_ADMIN_EMAIL", "web-admin@example.org",
                "ASSISTANT_ADMIN_PASSWORD", "quiet lanterns guide the harbour");
        // Every walk registers its own people from this one address: room for them all under the
        // per-address registration limit (10 an hour).
        Map<String, String> environment = new java.util.HashMap<>(administrator);
        environment.put("RATE_LIMIT_SCALE", "10");
        try (DevJar dev = DevJar.startHealthy(work, environment)) {
            Path output = work.resolve("walks.out");
            ProcessBuilder walking = new ProcessBuilder("node", "e2e/run.mjs", dev.baseUrl(), dev.adminUrl())
                    .directory(WEB.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
            walking.environment().putAll(administrator);
            Process run = walking.start();
            boolean ended = run.waitFor(8, TimeUnit.MINUTES);
            if (!ended) {
                run.destroyForcibly();
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(ended).as("the walks ended within 8 minutes:%n%s", printed).isTrue();
            assertThat(run.exitValue()).as("the walks:%n%s%nthe dev log:%n%s", printed, dev.log()).isZero();
            for (String walk : walks) {
                assertThat(printed).as("the walks:%n%s", printed).containsPattern("walk " + walk + ": passed in \\d+ s");
            }
        }
    }
}
