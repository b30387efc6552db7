package org.tdah.assistant.bootstrap.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The operations files of the repository: the Grafana dashboards and the Prometheus rules, with
 * every PromQL expression they hold, where it is and in a form promtool can parse.
 */
final class OperationsFiles {
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The durations Grafana fills in; any value parses the same way. */
    private static final List<String> GRAFANA_DURATIONS = List.of("$__rate_interval", "${__rate_interval}",
            "$__interval", "${__interval}", "$__range", "${__range}");

    private final Path root;

    OperationsFiles(Path root) {
        this.root = root;
    }

    /** The repository root seen from the module directory Maven runs the tests in. */
    static OperationsFiles ofRepository() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("deploy").resolve("prometheus"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("no deploy/prometheus above " + Path.of("").toAbsolutePath());
        }
        return new OperationsFiles(root);
    }

    Path root() {
        return root;
    }

    Path prometheus(String file) {
        return root.resolve("deploy").resolve("prometheus").resolve(file);
    }

    Path grafana(String file) {
        return root.resolve("deploy").resolve("grafana").resolve(file);
    }

    List<Path> dashboards() {
        try (Stream<Path> files = Files.list(grafana("dashboards"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return (file.toString().endsWith(".json") ? JSON : YAML).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A PromQL expression and where it was found. */
    record Expression(String where, String promQl) {
        Set<String> metricNames() {
            return PromQl.metricNames(promQl);
        }
    }

    /** Every panel of a dashboard, those nested in collapsed rows too; rows themselves are not panels. */
    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if ("row".equals(panel.path("type").asText())) {
                panel.path("panels").forEach(panels::add);
            } else {
                panels.add(panel);
            }
        }
        return panels;
    }

    /** Every target expression of every panel, with Grafana's variables filled in. */
    List<Expression> panelExpressions() {
        List<Expression> expressions = new ArrayList<>();
        for (Path file : dashboards()) {
            JsonNode dashboard = read(file);
            Set<String> variables = new LinkedHashSet<>();
            dashboard.path("templating").path("list").forEach(variable -> variables.add(variable.path("name").asText()));
            for (JsonNode panel : panels(dashboard)) {
                for (JsonNode target : panel.path("targets")) {
                    String where = "%s panel %s \"%s\" target %s".formatted(file.getFileName(), panel.path("id").asText(),
                            panel.path("title").asText(), target.path("refId").asText());
                    expressions.add(new Expression(where, concrete(target.path("expr").asText(), variables)));
                }
            }
        }
        return expressions;
    }

    /** Every rule expression of alerts.yml, named by its alert or record. */
    List<Expression> ruleExpressions() {
        List<Expression> expressions = new ArrayList<>();
        for (JsonNode group : read(prometheus("alerts.yml")).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String name = rule.has("alert") ? rule.path("alert").asText() : rule.path("record").asText();
                expressions.add(new Expression("alerts.yml " + name, rule.path("expr").asText()));
            }
        }
        return expressions;
    }

    /**
     * The expression as Grafana sends it: its durations ({@code $__rate_interval}...) as {@code 5m}
     * and the dashboard's own variables as {@code .*} (they are only used as regular expressions).
     */
    static String concrete(String expression, Set<String> variables) {
        String concrete = expression;
        for (String duration : GRAFANA_DURATIONS) {
            concrete = concrete.replace(duration, "5m");
        }
        for (String variable : variables) {
            concrete = concrete.replace("${" + variable + "}", ".*").replace("$" + variable, ".*");
        }
        if (concrete.contains("$")) {
            throw new IllegalArgumentException("a variable the dashboard does not define, in: " + expression);
        }
        return concrete;
    }
}
