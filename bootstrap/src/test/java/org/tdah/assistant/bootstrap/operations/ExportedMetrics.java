package org.tdah.assistant.bootstrap.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Metric families by name and type, and the sample names the Prometheus text format exposes them
 * under: a counter only as {@code name_total}; a histogram as {@code name_bucket}, {@code _sum} and
 * {@code _count}; a summary as {@code name}, {@code _sum} and {@code _count}; a gauge as its name.
 * So a gauge read as {@code assistant_jobs_due_total}, or a counter without {@code _total}, is not
 * exported. {@code up} is Prometheus's own and is always there.
 */
record ExportedMetrics(Map<String, String> typeByFamily) {
    static final String PROMETHEUS_OWN = "up";

    /** Reads {@code name type} lines; blank lines and {@code #} comments are skipped. */
    static ExportedMetrics readList(Path file) {
        try {
            Map<String, String> families = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String[] parts = content.split("\\s+");
                if (parts.length != 2 || !List.of("counter", "gauge", "histogram", "summary").contains(parts[1])) {
                    throw new IllegalArgumentException(file + ": not 'name counter|gauge|histogram|summary': " + line);
                }
                families.put(parts[0], parts[1]);
            }
            return new ExportedMetrics(families);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> sampleNames() {
        Set<String> names = new TreeSet<>();
        typeByFamily.forEach((family, type) -> names.addAll(switch (type) {
            case "counter" -> List.of(family + "_total");
            case "histogram" -> List.of(family + "_bucket", family + "_sum", family + "_count");
            case "summary" -> List.of(family, family + "_sum", family + "_count");
            default -> List.of(family);
        }));
        return names;
    }

    /** The names among these that are not exported (Prometheus's own {@code up} excepted), sorted. */
    static Set<String> missing(Set<String> referenced, Set<String> exportedSampleNames) {
        return referenced.stream().filter(name -> !name.equals(PROMETHEUS_OWN) && !exportedSampleNames.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
