package org.tdah.assistant.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one phase (a warm-up or a measured run) of one scenario with one load generator.
 * {@code responses} counts every HTTP response whatever its status (as hey does); {@code failures}
 * counts non-2xx statuses ("status 401") and requests that got no response ("IOException", ...);
 * a single failure makes the verdict FAIL. Latencies are over responses only.
 */
record PhaseResult(
        String scenario,
        String generator,
        String phase,
        int clients,
        double elapsedSeconds,
        long responses,
        Map<String, Long> failures,
        long relogins,
        double requestsPerSecond,
        double p50Ms,
        double p90Ms,
        double p99Ms,
        double maxMs,
        double meanMs,
        double serverCores,
        double serverTreeCores,
        double serverCpuMsPerRequest,
        double serverTreeCpuMsPerRequest,
        double generatorCores) {

    private static final ObjectMapper JSON = new ObjectMapper();

    long failureCount() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    boolean ok() {
        return responses > 0 && failureCount() == 0;
    }

    String verdict() {
        return ok() ? "OK" : "FAIL";
    }

    /** From a worker's merged log and the CPU readings around the phase. */
    static PhaseResult of(String scenario, String generator, String phase, int clients, long elapsedNanos,
            LatencyLog log, Cpu.Snapshot before, Cpu.Snapshot after, long clockTicks, boolean generatorIsChild) {
        long[] sorted = Stats.sorted(log.latencies());
        long responses = sorted.length;
        long server = Cpu.Snapshot.delta(before.server(), after.server());
        long tree = Cpu.Snapshot.delta(before.serverTree(), after.serverTree());
        long generatorTicks = generatorIsChild
                ? Cpu.Snapshot.delta(before.reapedChildren(), after.reapedChildren())
                : Cpu.Snapshot.delta(before.self(), after.self());
        return new PhaseResult(scenario, generator, phase, clients, elapsedNanos / 1e9, responses,
                new TreeMap<>(log.failures()), log.relogins(),
                Stats.perSecond(responses, elapsedNanos),
                Stats.percentileMs(sorted, 50), Stats.percentileMs(sorted, 90), Stats.percentileMs(sorted, 99),
                Stats.maxMs(sorted), Stats.meanMs(sorted),
                Stats.cores(server, clockTicks, elapsedNanos), Stats.cores(tree, clockTicks, elapsedNanos),
                Stats.cpuMsPerRequest(server, clockTicks, responses), Stats.cpuMsPerRequest(tree, clockTicks, responses),
                Stats.cores(generatorTicks, clockTicks, elapsedNanos));
    }

    static String tableHeader() {
        return String.format(Locale.ROOT, "| %-8s | %-22s | %-6s | %9s | %8s | %8s | %8s | %8s | %9s | %6s | %9s | %9s | %9s | %9s | %-4s |%n"
                        + "|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|",
                "scenario", "generator", "phase", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "responses",
                "errors", "srv cores", "tree cores", "srv ms/req", "gen cores", "",
                "-".repeat(10), "-".repeat(24), "-".repeat(8), "-".repeat(11), "-".repeat(10), "-".repeat(10),
                "-".repeat(10), "-".repeat(10), "-".repeat(11), "-".repeat(8), "-".repeat(11), "-".repeat(11),
                "-".repeat(11), "-".repeat(11), "-".repeat(6));
    }

    String tableRow() {
        return String.format(Locale.ROOT,
                "| %-8s | %-22s | %-6s | %9.1f | %8.2f | %8.2f | %8.2f | %8.2f | %9d | %6d | %9.2f | %9.2f | %9.3f | %9.2f | %-4s |",
                scenario, generator, phase, requestsPerSecond, p50Ms, p90Ms, p99Ms, maxMs, responses, failureCount(),
                serverCores, serverTreeCores, serverCpuMsPerRequest, generatorCores, verdict());
    }

    /** One line of JSON, for scripts. */
    String json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("generator", generator);
        m.put("phase", phase);
        m.put("clients", clients);
        m.put("elapsedS", round(elapsedSeconds, 3));
        m.put("responses", responses);
        m.put("rps", round(requestsPerSecond, 1));
        m.put("p50Ms", round(p50Ms, 2));
        m.put("p90Ms", round(p90Ms, 2));
        m.put("p99Ms", round(p99Ms, 2));
        m.put("maxMs", round(maxMs, 2));
        m.put("meanMs", round(meanMs, 2));
        m.put("errors", failureCount());
        m.put("errorsByKind", failures);
        m.put("relogins", relogins);
        m.put("serverCores", round(serverCores, 2));
        m.put("serverTreeCores", round(serverTreeCores, 2));
        m.put("serverCpuMsPerReq", round(serverCpuMsPerRequest, 3));
        m.put("serverTreeCpuMsPerReq", round(serverTreeCpuMsPerRequest, 3));
        m.put("generatorCores", round(generatorCores, 2));
        m.put("verdict", verdict());
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rounded, or null (JSON null) when not a number. */
    static Double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
