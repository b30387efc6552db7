package org.tdah.assistant.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of hey's text report (hey 0.1.4): total time, requests/s, slowest, average, the
 * latency percentiles, the status codes and the errors. hey's percentile of {@code p} is the
 * latency at 0-based index {@code ceil(p * n / 100)} of the sorted list, one rank above the
 * nearest-rank one used for our own generator; the difference is one response in n.
 */
record HeyOutput(double totalSeconds, double requestsPerSecond, double slowestMs, double averageMs,
        Map<Integer, Double> percentilesMs, Map<Integer, Long> statusCounts, Map<String, Long> errors) {

    private static final Pattern TOTAL = Pattern.compile("Total:\\s+([0-9.]+) secs");
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern SLOWEST = Pattern.compile("Slowest:\\s+([0-9.]+) secs");
    private static final Pattern AVERAGE = Pattern.compile("Average:\\s+([0-9.]+) secs");
    private static final Pattern PERCENTILE = Pattern.compile("(?m)^\\s*(\\d+)% in ([0-9.]+) secs");
    private static final Pattern STATUS = Pattern.compile("(?m)^\\s*\\[(\\d+)\\]\\s+(\\d+) responses");
    private static final Pattern ERROR = Pattern.compile("(?m)^\\s*\\[(\\d+)\\]\\s+(.+)$");

    static HeyOutput parse(String text) {
        Map<Integer, Double> percentiles = new TreeMap<>();
        Matcher m = PERCENTILE.matcher(text);
        while (m.find()) {
            percentiles.put(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)) * 1000);
        }
        Map<Integer, Long> statuses = new TreeMap<>();
        int errorSection = text.indexOf("Error distribution:");
        String statusPart = errorSection < 0 ? text : text.substring(0, errorSection);
        m = STATUS.matcher(statusPart);
        while (m.find()) {
            statuses.merge(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)), Long::sum);
        }
        Map<String, Long> errors = new TreeMap<>();
        if (errorSection >= 0) {
            m = ERROR.matcher(text.substring(errorSection));
            while (m.find()) {
                errors.merge("hey: " + shorten(m.group(2)), Long.parseLong(m.group(1)), Long::sum);
            }
        }
        return new HeyOutput(number(TOTAL, text, 1), number(RPS, text, 1), number(SLOWEST, text, 1000),
                number(AVERAGE, text, 1000), percentiles, statuses, errors);
    }

    long responses() {
        return statusCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Non-2xx statuses and transport errors, by kind. */
    Map<String, Long> failures() {
        Map<String, Long> failures = new TreeMap<>(errors);
        statusCounts.forEach((status, count) -> {
            if (status < 200 || status > 299) {
                failures.merge("status " + status, count, Long::sum);
            }
        });
        return failures;
    }

    double percentileMs(int p) {
        return percentilesMs.getOrDefault(p, Double.NaN);
    }

    private static double number(Pattern pattern, String text, double scale) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) * scale : Double.NaN;
    }

    private static String shorten(String error) {
        String oneLine = error.strip();
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "…" : oneLine;
    }
}
