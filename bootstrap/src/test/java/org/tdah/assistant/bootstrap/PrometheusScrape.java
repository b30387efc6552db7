package org.tdah.assistant.bootstrap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format (0.0.4), for the tests: every line is a
 * {@code # HELP}, a {@code # TYPE} or a sample ({@code name{label="value",...} value}); anything
 * else, a sample of a family with no {@code # TYPE}, or a label written twice fails the read.
 */
final class PrometheusScrape {
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (-?[0-9.eE+-]+|NaN|\\+Inf|-Inf)( -?[0-9]+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\[\"\\\\n])*)\",?");
    private static final Pattern TYPE = Pattern.compile("# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) "
            + "(counter|gauge|histogram|summary|untyped)");
    private static final Pattern HELP = Pattern.compile("# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) .*");

    /** One sample: its full name (with {@code _total}, {@code _bucket}...), labels and value. */
    record Sample(String name, Map<String, String> labels, double value) {}

    private final Map<String, String> types = new LinkedHashMap<>();
    private final List<Sample> samples = new ArrayList<>();

    private PrometheusScrape() {}

    static PrometheusScrape parse(String text) {
        PrometheusScrape scrape = new PrometheusScrape();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher type = TYPE.matcher(line);
            if (type.matches()) {
                if (scrape.types.put(type.group(1), type.group(2)) != null) {
                    throw new IllegalArgumentException("TYPE twice: " + line);
                }
                continue;
            }
            if (HELP.matcher(line).matches()) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new IllegalArgumentException("not a line of the text format: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            String body = sample.group(2) == null ? "" : sample.group(2);
            Matcher label = LABEL.matcher(body);
            int at = 0;
            while (at < body.length()) {
                if (!label.find(at) || label.start() != at) {
                    throw new IllegalArgumentException("bad labels: " + line);
                }
                if (labels.put(label.group(1), label.group(2)) != null) {
                    throw new IllegalArgumentException("label twice: " + line);
                }
                at = label.end();
            }
            String name = sample.group(1);
            if (scrape.familyOf(name) == null) {
                throw new IllegalArgumentException("a sample without # TYPE: " + line);
            }
            String value = sample.group(3);
            scrape.samples.add(new Sample(name, labels, switch (value) {
                case "+Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> Double.parseDouble(value);
            }));
        }
        return scrape;
    }

    /** The family a sample belongs to: its name, or its name without a suffix of its type. */
    String familyOf(String sampleName) {
        if (types.containsKey(sampleName)) {
            return sampleName;
        }
        for (String suffix : List.of("_total", "_bucket", "_count", "_sum", "_created", "_info")) {
            if (sampleName.endsWith(suffix)) {
                String family = sampleName.substring(0, sampleName.length() - suffix.length());
                if (types.containsKey(family)) {
                    return family;
                }
            }
        }
        return null;
    }

    Map<String, String> types() {
        return types;
    }

    List<Sample> samples() {
        return samples;
    }

    /** The value of the sample with this name and exactly these labels; 0 when there is none. */
    double value(String name, String... labelPairs) {
        Map<String, String> wanted = new HashMap<>();
        for (int i = 0; i < labelPairs.length; i += 2) {
            wanted.put(labelPairs[i], labelPairs[i + 1]);
        }
        return samples.stream().filter(sample -> sample.name().equals(name) && sample.labels().equals(wanted))
                .mapToDouble(Sample::value).findFirst().orElse(0);
    }

    /** Every value label {@code label} takes in the samples of {@code name}. */
    Set<String> labelValues(String name, String label) {
        Set<String> values = new HashSet<>();
        for (Sample sample : samples) {
            if (sample.name().equals(name) && sample.labels().containsKey(label)) {
                values.add(sample.labels().get(label));
            }
        }
        return values;
    }
}
