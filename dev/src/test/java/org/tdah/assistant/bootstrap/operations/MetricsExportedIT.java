package org.tdah.assistant.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tdah.assistant.bootstrap.ApiClient;
import org.tdah.assistant.bootstrap.DevJar;

/**
 * What the dashboards and alert rules read is what the application serves: the packaged jar's
 * {@code dev}, after deploy/prometheus/DevTraffic.java moved every business metric, serves at
 * {@code GET /prometheus} on its admin port every family of deploy/prometheus/exported-metrics.txt
 * with its type, and every sample name a panel or a rule names ({@code up} is Prometheus's own).
 */
class MetricsExportedIT {
    private final OperationsFiles files = OperationsFiles.ofRepository();

    @Test
    void every_metric_of_the_dashboards_and_rules_is_served_by_a_running_dev(@TempDir Path work) throws Exception {
        try (DevJar dev = DevJar.startHealthy(work)) {
            driveTraffic(dev, work);
            ExportedMetrics listed = ExportedMetrics.readList(files.prometheus("exported-metrics.txt"));
            List<OperationsFiles.Expression> expressions = new ArrayList<>(files.panelExpressions());
            expressions.addAll(files.ruleExpressions());

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                ApiClient.Reply scrape = dev.admin().get("/prometheus");
                Exposition exposition = Exposition.parse(scrape.status() == 200 ? scrape.body() : "");
                Map<String, String> wrongFamilies = new TreeMap<>();
                listed.typeByFamily().forEach((family, type) -> {
                    String served = exposition.typeOf(family, type);
                    if (!type.equals(served)) {
                        wrongFamilies.put(family, "listed as " + type + ", served as " + served);
                    }
                });
                Map<String, Object> missingByPlace = new TreeMap<>();
                for (OperationsFiles.Expression expression : expressions) {
                    var missing = ExportedMetrics.missing(expression.metricNames(), exposition.sampleNames());
                    if (!missing.isEmpty()) {
                        missingByPlace.put(expression.where(), missing);
                    }
                }
                assertThat(wrongFamilies).as("GET /prometheus answered %d; families of exported-metrics.txt not served so",
                        scrape.status()).isEmpty();
                assertThat(missingByPlace).as("GET /prometheus answered %d; names no series of", scrape.status())
                        .isEmpty();
            });
        }
    }

    /** deploy/prometheus/DevTraffic.java, run from its source file as check-against-dev.sh runs it. */
    private void driveTraffic(DevJar dev, Path work) throws Exception {
        Path output = work.resolve("traffic.out");
        Process traffic = new ProcessBuilder(DevJar.java(), files.prometheus("DevTraffic.java").toString(), dev.baseUrl(),
                dev.adminUrl()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(traffic.waitFor(120, TimeUnit.SECONDS)).as("the traffic ends").isTrue();
        assertThat(traffic.exitValue()).as(Files.readString(output, StandardCharsets.UTF_8)).isZero();
    }
}
