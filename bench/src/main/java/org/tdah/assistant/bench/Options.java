package org.tdah.assistant.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command line of {@link LoadHarness}. */
record Options(
        URI base,
        String scenario,
        int clients,
        Duration duration,
        Duration warmup,
        int runs,
        String generator,
        String httpClient,
        String password,
        Duration timeout,
        List<Long> serverPids,
        long clockTicks,
        String summaryFile,
        String rawDir,
        String phasePrefix,
        String jfr,
        String jcmd,
        String seeded) {

    static final Set<String> SCENARIOS = Set.of("refresh", "me", "login", "messages", "search");
    /** The scenarios that act as users seeded by bench/seed-conversations.sh (--seeded), not registered ones. */
    static final Set<String> SEEDED_SCENARIOS = Set.of("messages", "search");
    static final Set<String> GENERATORS = Set.of("java", "socket", "hey");
    /** Measured on the 2-core bench machine (docs/performance.md): per-worker was faster for me and refresh. */
    static final String DEFAULT_HTTP_CLIENT = "per-worker";

    static final String USAGE = """
            usage: java -jar bench/target/bench.jar --base http://127.0.0.1:PORT --scenario refresh|me|login|messages|search
                   [--clients 32] [--duration 20s] [--warmup 10s] [--runs 2]
                   [--generator java|socket|hey]      java: java.net.http; socket: one plain keep-alive socket per
                                                      worker (about hey's CPU cost); hey only for 'me':
                                                      hey -z DUR -c CLIENTS -H 'Authorization: Bearer …' URL
                   [--http-client per-worker|shared]  one java.net.http.HttpClient per worker thread, or one for all
                   [--password 'purple elephants dance quietly'] [--timeout 60s]
                   [--server-pids JAVA_PID,POSTMASTER_PID] [--clock-ticks 100]
                                                      CPU from /proc: of the first (srv), and of all with descendants (tree)
                   [--summary-file FILE]              appends one JSON line per phase
                   [--raw-dir DIR]                    keeps hey's raw output
                   [--phase-prefix run]               names the measured phases run1, run2, …
                   [--seeded FILE]                    messages/search (required): the TSV written by
                                                      bench/seed-conversations.sh (u, email, conversation id,
                                                      a word of that user's messages); one user per client,
                                                      evenly spread over the file, logged in, never registered
                   [--jfr FILE] [--jcmd jcmd]         records the server (first --server-pids) with JFR
                                                      (execution samples only) from the warm-up on, and
                                                      summarizes the measured phases' samples in FILE.txt
            Durations: 500ms, 20s, 2m. Exit status 1 when any phase saw an error (non-2xx or no response).""";

    static Options parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("-h") || name.equals("--help")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (!name.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got '" + name + "'\n" + USAGE);
            }
            given.put(name.substring(2), args[++i]);
        }
        Options options = new Options(
                URI.create(require(given, "base").replaceAll("/+$", "")),
                require(given, "scenario"),
                Integer.parseInt(given.getOrDefault("clients", "32")),
                duration(given.getOrDefault("duration", "20s")),
                duration(given.getOrDefault("warmup", "10s")),
                Integer.parseInt(given.getOrDefault("runs", "2")),
                given.getOrDefault("generator", "java"),
                given.getOrDefault("http-client", DEFAULT_HTTP_CLIENT),
                given.getOrDefault("password", "purple elephants dance quietly"),
                duration(given.getOrDefault("timeout", "60s")),
                pids(given.getOrDefault("server-pids", "")),
                Long.parseLong(given.getOrDefault("clock-ticks", "100")),
                given.get("summary-file"),
                given.get("raw-dir"),
                given.getOrDefault("phase-prefix", "run"),
                given.get("jfr"),
                given.getOrDefault("jcmd", "jcmd"),
                given.get("seeded"));
        Set<String> known = Set.of("base", "scenario", "clients", "duration", "warmup", "runs", "generator",
                "http-client", "password", "timeout", "server-pids", "clock-ticks", "summary-file", "raw-dir", "phase-prefix",
                "jfr", "jcmd", "seeded");
        for (String name : given.keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "\n" + USAGE);
            }
        }
        if (!SCENARIOS.contains(options.scenario())) {
            throw new IllegalArgumentException("--scenario is one of " + SCENARIOS);
        }
        if (!GENERATORS.contains(options.generator())) {
            throw new IllegalArgumentException("--generator is one of " + GENERATORS);
        }
        if (options.generator().equals("hey") && !options.scenario().equals("me")) {
            throw new IllegalArgumentException("--generator hey is for --scenario me only (the others need a new body each request)");
        }
        if (SEEDED_SCENARIOS.contains(options.scenario()) && options.seeded() == null) {
            throw new IllegalArgumentException("--scenario " + options.scenario() + " needs --seeded FILE (bench/seed-conversations.sh)");
        }
        if (options.jfr() != null && options.serverPids().isEmpty()) {
            throw new IllegalArgumentException("--jfr needs --server-pids");
        }
        if (!Set.of("per-worker", "shared").contains(options.httpClient())) {
            throw new IllegalArgumentException("--http-client is per-worker or shared");
        }
        if (options.clients() < 1 || options.runs() < 1 || options.duration().isZero()) {
            throw new IllegalArgumentException("--clients, --runs and --duration must be positive");
        }
        return options;
    }

    private static List<Long> pids(String list) {
        List<Long> pids = new ArrayList<>();
        for (String pid : list.split(",")) {
            if (!pid.isBlank()) {
                pids.add(Long.parseLong(pid.strip()));
            }
        }
        return List.copyOf(pids);
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m)?");

    /** 500ms, 20s, 1.5m, or a bare number of seconds. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + text);
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> value;
            case "m" -> value * 60_000;
            default -> value * 1000;
        };
        return Duration.ofMillis(Math.round(millis));
    }

    /** As hey's -z takes it (a Go duration). */
    static String goDuration(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms";
    }

    private static String require(Map<String, String> given, String name) {
        String value = given.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required\n" + USAGE);
        }
        return value;
    }
}
