package org.tdah.assistant.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboards and alerts of deploy/ as code: the Prometheus configuration and rules pass
 * promtool, the alert unit tests pass and cover every alert both ways, every dashboard parses and
 * every panel expression is PromQL, and every metric they name is in the exported list. Needs
 * Debian's promtool; skipped, saying so, without it.
 */
class OperationsAsCodeTest {
    private final OperationsFiles files = OperationsFiles.ofRepository();

    @Test
    void the_scrape_configuration_passes_promtool_check_config() {
        Promtool.Run run = promtool().run(files.prometheus(""), "check", "config", "prometheus.yml");
        assertThat(run.succeeded()).as(run.output()).isTrue();
        assertThat(run.output()).contains("SUCCESS: 1 rule files found");
    }

    @Test
    void the_alert_rules_pass_promtool_check_rules() {
        Promtool.Run run = promtool().run(files.prometheus(""), "check", "rules", "alerts.yml");
        assertThat(run.succeeded()).as(run.output()).isTrue();
        assertThat(run.output()).contains("SUCCESS: " + files.ruleExpressions().size() + " rules found");
    }

    @Test
    void the_alert_unit_tests_pass_promtool_test_rules() {
        Promtool.Run run = promtool().run(files.prometheus(""), "test", "rules", "alerts_test.yml");
        assertThat(run.succeeded()).as(run.output()).isTrue();
        assertThat(run.output()).contains("SUCCESS");
    }

    @Test
    void every_alert_is_tested_firing_and_quiet() {
        Map<String, Set<Boolean>> cases = new TreeMap<>();
        for (JsonNode test : OperationsFiles.read(files.prometheus("alerts_test.yml")).path("tests")) {
            for (JsonNode check : test.path("alert_rule_test")) {
                cases.computeIfAbsent(check.path("alertname").asText(), name -> new HashSet<>())
                        .add(!check.path("exp_alerts").isEmpty());
            }
        }
        for (String alert : alertNames()) {
            assertThat(cases.getOrDefault(alert, Set.of())).as("%s: tested firing (true) and quiet (false)", alert)
                    .containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void every_alert_has_a_severity_a_for_a_summary_a_description_and_a_runbook_section_in_the_operations_guide()
            throws IOException {
        Set<String> anchors = headingAnchors(files.root().resolve("docs").resolve("operations.md"));
        for (JsonNode group : OperationsFiles.read(files.prometheus("alerts.yml")).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String alert = rule.path("alert").asText();
                assertThat(rule.path("labels").path("severity").asText()).as(alert).isIn("critical", "warning");
                assertThat(rule.has("for")).as("%s has a for:", alert).isTrue();
                assertThat(rule.path("annotations").path("summary").asText()).as(alert).isNotBlank();
                assertThat(rule.path("annotations").path("description").asText()).as(alert).isNotBlank();
                String runbook = rule.path("annotations").path("runbook").asText();
                assertThat(runbook).as(alert).startsWith("docs/operations.md#");
                assertThat(anchors).as("%s: the section of its runbook %s", alert, runbook)
                        .contains(runbook.substring(runbook.indexOf('#') + 1));
            }
        }
    }

    @Test
    void every_dashboard_parses_and_every_panel_has_a_title_a_description_the_datasource_variable_and_a_query() {
        assertThat(files.dashboards().stream().map(file -> file.getFileName().toString()))
                .containsExactlyInAnyOrder("system.json", "application.json", "business.json");
        String provisionedUid = OperationsFiles.read(files.grafana("provisioning/datasources/prometheus.yml"))
                .path("datasources").get(0).path("uid").asText();
        Set<String> uids = new HashSet<>();
        for (Path file : files.dashboards()) {
            JsonNode dashboard = OperationsFiles.read(file);
            assertThat(uids.add(dashboard.path("uid").asText())).as("%s: a uid of its own", file).isTrue();
            assertThat(dashboard.path("title").asText()).as(file.toString()).isNotBlank();
            JsonNode datasource = dashboard.path("templating").path("list").get(0);
            assertThat(datasource.path("type").asText()).as(file.toString()).isEqualTo("datasource");
            assertThat(datasource.path("current").path("value").asText()).as("%s picks the provisioned data source", file)
                    .isEqualTo(provisionedUid);
            List<JsonNode> panels = OperationsFiles.panels(dashboard);
            assertThat(panels).as(file.toString()).isNotEmpty();
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : panels) {
                String where = file.getFileName() + " panel " + panel.path("id");
                assertThat(ids.add(panel.path("id").asInt())).as("%s: an id of its own", where).isTrue();
                assertThat(panel.path("title").asText()).as(where).isNotBlank();
                assertThat(panel.path("description").asText()).as("%s \"%s\"", where, panel.path("title").asText())
                        .isNotBlank();
                assertThat(panel.path("datasource").path("uid").asText()).as(where).isEqualTo("${datasource}");
                assertThat(panel.path("targets")).as(where).isNotEmpty();
                panel.path("targets").forEach(target ->
                        assertThat(target.path("expr").asText()).as(where).isNotBlank());
            }
        }
    }

    @Test
    void every_panel_expression_is_valid_promql(@TempDir Path directory) {
        List<OperationsFiles.Expression> expressions = files.panelExpressions();
        Promtool.Run run = promtool().checkExpressions(expressions, directory);
        assertThat(run.succeeded()).as(run.output()).isTrue();
        assertThat(run.output()).contains("SUCCESS: " + expressions.size() + " rules found");
    }

    @Test
    void the_expression_check_refuses_an_expression_that_is_not_promql(@TempDir Path directory) {
        Promtool.Run run = promtool().checkExpressions(List.of(
                new OperationsFiles.Expression("good", "sum(rate(assistant_sms_total[5m]))"),
                new OperationsFiles.Expression("bad", "sum(rate(assistant_sms_total[5m])")), directory);
        assertThat(run.succeeded()).isFalse();
        assertThat(run.output()).contains("bad");
    }

    @Test
    void every_metric_named_by_a_dashboard_or_a_rule_is_in_the_exported_list() {
        Set<String> exported = ExportedMetrics.readList(files.prometheus("exported-metrics.txt")).sampleNames();
        Map<String, Set<String>> missingByPlace = new TreeMap<>();
        List<OperationsFiles.Expression> expressions = new ArrayList<>(files.panelExpressions());
        expressions.addAll(files.ruleExpressions());
        for (OperationsFiles.Expression expression : expressions) {
            assertThat(expression.metricNames()).as("%s names a metric", expression.where()).isNotEmpty();
            Set<String> missing = ExportedMetrics.missing(expression.metricNames(), exported);
            if (!missing.isEmpty()) {
                missingByPlace.put(expression.where(), missing);
            }
        }
        assertThat(missingByPlace).as("metrics not in deploy/prometheus/exported-metrics.txt").isEmpty();
    }

    @Test
    void every_exported_family_is_used_by_a_dashboard() {
        Set<String> used = files.panelExpressions().stream().flatMap(expression -> expression.metricNames().stream())
                .collect(Collectors.toSet());
        ExportedMetrics list = ExportedMetrics.readList(files.prometheus("exported-metrics.txt"));
        Set<String> unused = new TreeSet<>();
        list.typeByFamily().forEach((family, type) -> {
            if (new ExportedMetrics(Map.of(family, type)).sampleNames().stream().noneMatch(used::contains)) {
                unused.add(family);
            }
        });
        assertThat(unused).as("listed but on no panel").isEmpty();
    }

    @Test
    void grafana_variables_are_filled_in_and_an_unknown_one_is_refused() {
        assertThat(OperationsFiles.concrete("rate(a{process=~\"$process\", i=~\"${instance}\"}[$__rate_interval])",
                Set.of("process", "instance"))).isEqualTo("rate(a{process=~\".*\", i=~\".*\"}[5m])");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OperationsFiles.concrete("a{x=~\"$route\"}", Set.of("process")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> alertNames() {
        return files.ruleExpressions().stream().map(expression -> expression.where().substring("alerts.yml ".length()))
                .toList();
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces as dashes. */
    private static Set<String> headingAnchors(Path markdown) throws IOException {
        return Files.readAllLines(markdown).stream().filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
    }

    private static Promtool promtool() {
        var promtool = Promtool.onPath();
        assumeThat(promtool).as(Promtool.HOW_TO_INSTALL).isPresent();
        return promtool.orElseThrow();
    }
}
