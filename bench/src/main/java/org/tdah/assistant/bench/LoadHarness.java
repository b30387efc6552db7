package org.tdah.assistant.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * A closed-loop load generator for three flows of the accounts API, run against a live server
 * ({@code dev}): {@code refresh} (each client rotates its own refresh token, always presenting the
 * newest), {@code me} (each client GETs /users/me with its own access token), {@code login} (each
 * client logs its own user in). Setup registers one user per client and logs each in.
 *
 * <p>Each client is a platform thread sending one request at a time with java.net.http.HttpClient
 * over HTTP/1.1 keep-alive connections. A phase (warm-up, then the measured runs) lasts its
 * duration: no request starts after it, the ones in flight finish, and the rate is responses over
 * the whole elapsed time (as hey counts). Every non-2xx answer and every request without an answer
 * is counted by kind and makes the phase FAIL; none is dropped.
 *
 * <p>With {@code --generator hey} (scenario {@code me} only) the phases are run by hey exactly as
 * ../shared/bench/keycloak-peer.sh runs it against Keycloak's userinfo: {@code hey -z DUR -c N -H
 * "Authorization: Bearer <token>" URL}, one fresh token per phase shared by all connections.
 */
public final class LoadHarness {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    private final Options options;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final ExecutorService pool;
    private final HttpClient shared;
    private final List<Worker> workers = new ArrayList<>();

    private LoadHarness(Options options) {
        this.options = options;
        this.pool = Executors.newFixedThreadPool(options.clients(), runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        });
        this.shared = newHttpClient();
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            boolean help = e.getMessage().equals(Options.USAGE);
            (help ? System.out : System.err).println(e.getMessage());
            System.exit(help ? 0 : 2);
            return;
        }
        LoadHarness harness = new LoadHarness(options);
        boolean allOk;
        try {
            allOk = harness.run();
        } finally {
            harness.pool.shutdownNow();
        }
        System.exit(allOk ? 0 : 1);
    }

    private boolean run() throws Exception {
        String generator = switch (options.generator()) {
            case "hey" -> "hey " + heyVersion();
            case "socket" -> "java-socket";
            default -> "java-httpclient/" + options.httpClient();
        };
        log("%s against %s: %d clients, generator %s, warm-up %s, %d run(s) of %s; run id %s", options.scenario(),
                options.base(), options.clients(), generator, options.warmup(), options.runs(), options.duration(), runId);
        setUp();
        List<PhaseResult> results = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        if (!options.warmup().isZero()) {
            phases.add("warmup");
        }
        for (int i = 1; i <= options.runs(); i++) {
            phases.add(options.phasePrefix() + i);
        }
        System.out.println(PhaseResult.tableHeader());
        for (String phase : phases) {
            boolean warmup = phase.equals("warmup");
            Duration length = warmup ? options.warmup() : options.duration();
            if (options.generator().equals("hey")) {
                workers.get(0).logIn();  // a fresh access token (a new session) for each phase, as the peer script does
            }
            if (options.jfr() != null && !recording) {
                // started before the warm-up: starting JFR deoptimizes compiled code, and on 2 busy
                // cores the recompilation of the ECDSA code takes long enough to spoil a run
                jcmd("JFR.start", "name=bench", "settings=" + cpuOnlySettings(),
                        "filename=" + Path.of(options.jfr()).toAbsolutePath());
                recording = true;
            }
            if (!warmup && measuredFrom == null) {
                measuredFrom = Instant.now();
            }
            PhaseResult result = options.generator().equals("hey")
                    ? heyPhase(generator, phase, length)
                    : javaPhase(generator, phase, length);
            results.add(result);
            System.out.println(result.tableRow());
            if (!result.failures().isEmpty()) {
                System.out.println("  errors: " + result.failures() + (result.relogins() > 0 ? ", re-logins " + result.relogins() : ""));
            }
            String json = result.json();
            System.out.println("SUMMARY " + json);
            if (options.summaryFile() != null) {
                Files.writeString(Path.of(options.summaryFile()), json + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        }
        if (recording) {
            jcmd("JFR.stop", "name=bench");
            Path report = Path.of(options.jfr() + ".txt");
            Files.writeString(report, JfrTop.report(Path.of(options.jfr()), measuredFrom, 12));
            log("JFR recording of the server: %s; samples of the measured phases summarized in %s", options.jfr(), report);
        }
        return results.stream().allMatch(PhaseResult::ok);
    }

    private boolean recording;
    private Instant measuredFrom;

    /**
     * JFR settings with nothing but Java execution samples every 10 ms. JFR's {@code default}
     * settings, with their socket, file and allocation events, cut the server's refresh rate on
     * JDK 17 by 4-5x while recording on this 2-core machine (measured: 450 -> 97 req/s); with
     * this file the rate stays within the run-to-run spread.
     */
    private static String cpuOnlySettings() throws IOException {
        Path jfc = Files.createTempFile("bench-cpu-", ".jfc");
        jfc.toFile().deleteOnExit();
        Files.writeString(jfc, """
                <?xml version="1.0" encoding="UTF-8"?>
                <configuration version="2.0" label="bench cpu" description="Java execution samples only">
                  <event name="jdk.ExecutionSample">
                    <setting name="enabled">true</setting>
                    <setting name="period">10 ms</setting>
                  </event>
                </configuration>
                """);
        return jfc.toAbsolutePath().toString();
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(options.jcmd(), Long.toString(options.serverPids().get(0))));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", line) + " failed:\n" + out);
        }
    }

    // ------------------------------------------------------------------ setup

    private static final int PARALLEL_LOGINS = 8;

    /**
     * Registers and logs in one user per client (one only for hey), in parallel, with at most
     * {@link #PARALLEL_LOGINS} logins in flight: the login throttle counts attempts before it checks
     * the password (docs/decisions/0013), and 20 at once from one address are throttled.
     */
    private void setUp() throws Exception {
        if (Options.SEEDED_SCENARIOS.contains(options.scenario())) {
            setUpSeeded();
            return;
        }
        int users = options.generator().equals("hey") ? 1 : options.clients();
        long t0 = System.nanoTime();
        Semaphore logins = new Semaphore(PARALLEL_LOGINS);
        List<Callable<Worker>> jobs = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            int index = i;
            jobs.add(() -> {
                HttpClient http = options.httpClient().equals("shared") ? shared : newHttpClient();
                String email = "bench-" + runId + "-" + options.scenario() + "-" + index + "@example.org";
                Worker worker = new Worker(http, email);
                worker.register();
                logins.acquire();
                try {
                    worker.logIn();
                } finally {
                    logins.release();
                }
                return worker;
            });
        }
        for (Future<Worker> f : pool.invokeAll(jobs)) {
            workers.add(unwrap(f));
        }
        log("setup: %d user(s) registered and logged in, in %.1f s", users, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * For messages and search: one seeded user per client, evenly spread over the seed file, logged in
     * (at most {@link #PARALLEL_LOGINS} at once), and one checked request each (a full page of 20
     * messages; at least one search hit), so that a run never measures empty answers.
     */
    private void setUpSeeded() throws Exception {
        List<String[]> seeded = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(options.seeded()), StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (fields.length == 4) {
                seeded.add(fields);
            }
        }
        if (seeded.size() < options.clients()) {
            throw new IllegalStateException(options.seeded() + " has " + seeded.size() + " users, fewer than the "
                    + options.clients() + " clients");
        }
        long t0 = System.nanoTime();
        Semaphore logins = new Semaphore(PARALLEL_LOGINS);
        List<Callable<Worker>> jobs = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            String[] user = seeded.get((int) ((long) i * seeded.size() / options.clients()));
            jobs.add(() -> {
                HttpClient http = options.httpClient().equals("shared") ? shared : newHttpClient();
                Worker worker = new Worker(http, user[1]);
                worker.conversation = user[2];
                worker.word = user[3];
                logins.acquire();
                try {
                    worker.logIn();
                } finally {
                    logins.release();
                }
                worker.check();
                return worker;
            });
        }
        for (Future<Worker> f : pool.invokeAll(jobs)) {
            workers.add(unwrap(f));
        }
        log("setup: %d seeded user(s) of %d logged in and checked, in %.1f s (%s)", workers.size(), seeded.size(),
                (System.nanoTime() - t0) / 1e9, options.seeded());
    }

    private HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    // ------------------------------------------------------------------ phases

    private PhaseResult javaPhase(String generator, String phase, Duration length) throws Exception {
        CountDownLatch ready = new CountDownLatch(workers.size());
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = new long[1];
        List<Future<LatencyLog>> futures = new ArrayList<>();
        for (Worker worker : workers) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return worker.loop(deadline[0]);
            }));
        }
        ready.await();
        Cpu.Snapshot before = Cpu.Snapshot.take(options.serverPids());
        long start = System.nanoTime();
        deadline[0] = start + length.toNanos();
        go.countDown();  // happens-before: the workers read deadline[0] after await()
        List<LatencyLog> logs = new ArrayList<>();
        for (Future<LatencyLog> f : futures) {
            logs.add(unwrap(f));
        }
        long elapsed = System.nanoTime() - start;
        Cpu.Snapshot after = Cpu.Snapshot.take(options.serverPids());
        return PhaseResult.of(options.scenario(), generator, phase, workers.size(), elapsed, LatencyLog.merge(logs),
                before, after, options.clockTicks(), false);
    }

    private PhaseResult heyPhase(String generator, String phase, Duration length) throws Exception {
        Worker user = workers.get(0);
        List<String> command = List.of("hey", "-z", Options.goDuration(length), "-c", Integer.toString(options.clients()),
                "-H", "Authorization: Bearer " + user.accessToken, options.base() + "/api/v1/users/me");
        Cpu.Snapshot before = Cpu.Snapshot.take(options.serverPids());
        long start = System.nanoTime();
        Process hey = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text;
        try (InputStream out = hey.getInputStream()) {
            text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        int exit = hey.waitFor();
        long elapsed = System.nanoTime() - start;
        Cpu.Snapshot after = Cpu.Snapshot.take(options.serverPids());
        if (options.rawDir() != null) {
            Files.createDirectories(Path.of(options.rawDir()));
            Files.writeString(Path.of(options.rawDir(), "me-hey-" + phase + ".txt"),
                    "hey -z " + Options.goDuration(length) + " -c " + options.clients()
                            + " -H 'Authorization: Bearer …' " + options.base() + "/api/v1/users/me\n" + text);
        }
        HeyOutput out = HeyOutput.parse(text);
        if (exit != 0 || Double.isNaN(out.totalSeconds())) {
            throw new IllegalStateException("hey exited with " + exit + ":\n" + text);
        }
        PhaseResult cpu = PhaseResult.of(options.scenario(), generator, phase, options.clients(), elapsed,
                new LatencyLog(), before, after, options.clockTicks(), true);
        long total = (long) (out.totalSeconds() * 1e9);
        long responses = out.responses();
        // CPU over hey's own wall time (the process also spent a few ms starting)
        double scale = elapsed / (double) total;
        return new PhaseResult(options.scenario(), generator, phase, options.clients(), out.totalSeconds(), responses,
                out.failures(), 0, out.requestsPerSecond(), out.percentileMs(50), out.percentileMs(90),
                out.percentileMs(99), out.slowestMs(), out.averageMs(),
                cpu.serverCores() * scale, cpu.serverTreeCores() * scale,
                responses == 0 ? Double.NaN : cpu.serverCores() * elapsed / 1e6 / responses,
                responses == 0 ? Double.NaN : cpu.serverTreeCores() * elapsed / 1e6 / responses,
                cpu.generatorCores() * scale);
    }

    // ------------------------------------------------------------------ one client

    /** One simulated client: its user, its tokens, its connection(s). Used by one thread at a time. */
    private final class Worker {
        private final HttpClient http;
        private final String email;
        private String accessToken;
        private String refreshToken;
        /** messages/search: the seeded user's conversation, and a word of its messages. */
        private String conversation;
        private String word;

        Worker(HttpClient http, String email) {
            this.http = http;
            this.email = email;
        }

        void register() throws IOException, InterruptedException {
            String body = JSON.writeValueAsString(Map.of(
                    "email", email, "password", options.password(), "displayName", "Bench client"));
            HttpResponse<byte[]> response = http.send(post("/api/v1/auth/register", body), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("registration of " + email + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
        }

        void logIn() throws IOException, InterruptedException {
            HttpResponse<byte[]> response = http.send(loginRequest(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("login of " + email + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            takeTokens(response.body());
        }

        private HttpRequest loginRequest() throws IOException {
            return post("/api/v1/auth/login", JSON.writeValueAsString(Map.of("email", email, "password", options.password())));
        }

        private void takeTokens(byte[] body) throws IOException {
            JsonNode tokens = JSON.readTree(body);
            JsonNode access = tokens.get("accessToken");
            JsonNode refresh = tokens.get("refreshToken");
            if (access == null || refresh == null || !access.isTextual() || !refresh.isTextual()) {
                throw new IOException("no accessToken/refreshToken in the answer");
            }
            accessToken = access.asText();
            refreshToken = refresh.asText();
        }

        /** The path of a messages or search request of this (seeded) client. */
        String readPath() {
            return options.scenario().equals("messages")
                    ? "/api/v1/conversations/" + conversation + "/messages?limit=20"
                    : "/api/v1/conversations/search?q=" + java.net.URLEncoder.encode(word, StandardCharsets.UTF_8);
        }

        /** One request outside the measurement: a full page of 20 messages, or at least one search hit. */
        void check() throws IOException, InterruptedException {
            HttpRequest request = HttpRequest.newBuilder(uri(readPath())).timeout(options.timeout())
                    .header("Authorization", "Bearer " + accessToken).header("Accept", JSON_TYPE).GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(response.body(), StandardCharsets.UTF_8);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + readPath() + " as " + email + " answered " + response.statusCode() + ": " + body);
            }
            JsonNode items = JSON.readTree(body).get("items");
            int count = items == null || !items.isArray() ? -1 : items.size();
            boolean full = options.scenario().equals("messages") ? count == 20 : count >= 1;
            if (!full) {
                throw new IllegalStateException("GET " + readPath() + " as " + email + " gave " + count + " item(s): " + body);
            }
        }

        private HttpRequest post(String path, String json) {
            return HttpRequest.newBuilder(uri(path))
                    .timeout(options.timeout())
                    .header("Content-Type", JSON_TYPE)
                    .header("Accept", JSON_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
        }

        /** Sends requests until the deadline, one at a time, and records each. */
        LatencyLog loop(long deadline) throws IOException, InterruptedException {
            boolean refresh = options.scenario().equals("refresh");
            Exchange exchange = options.generator().equals("socket") ? socketExchange() : httpClientExchange();
            LatencyLog log = new LatencyLog();
            while (System.nanoTime() < deadline) {
                long t0 = System.nanoTime();
                SocketConnection.Answer answer;
                try {
                    answer = exchange.next();
                } catch (IOException noAnswer) {
                    log.failure(noAnswer.getClass().getSimpleName());
                    Thread.sleep(50);  // do not spin on a dead server
                    if (refresh) {
                        recover(log);
                    }
                    continue;
                }
                log.response(System.nanoTime() - t0);
                if (answer.status() < 200 || answer.status() > 299) {
                    log.failure("status " + answer.status());
                    if (refresh) {
                        recover(log);
                    }
                    continue;
                }
                if (refresh) {
                    try {
                        takeTokens(answer.body());
                    } catch (IOException badBody) {
                        log.failure("refresh answer without tokens");
                        recover(log);
                    }
                }
            }
            exchange.close();
            return log;
        }

        /** One request of the scenario (a refresh carries the newest refresh token) and its answer. */
        private interface Exchange {
            SocketConnection.Answer next() throws IOException, InterruptedException;

            default void close() {}
        }

        private Exchange httpClientExchange() throws IOException {
            HttpRequest fixed = switch (options.scenario()) {
                case "me" -> HttpRequest.newBuilder(uri("/api/v1/users/me"))
                        .timeout(options.timeout())
                        .header("Authorization", "Bearer " + accessToken)
                        .header("Accept", JSON_TYPE)
                        .GET()
                        .build();
                case "login" -> loginRequest();
                case "messages", "search" -> HttpRequest.newBuilder(uri(readPath()))
                        .timeout(options.timeout())
                        .header("Authorization", "Bearer " + accessToken)
                        .header("Accept", JSON_TYPE)
                        .GET()
                        .build();
                default -> null;
            };
            return () -> {
                HttpRequest request = fixed != null ? fixed
                        : post("/api/v1/auth/refresh", JSON.writeValueAsString(Map.of("refreshToken", refreshToken)));
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                return new SocketConnection.Answer(response.statusCode(), response.body());
            };
        }

        private Exchange socketExchange() throws IOException {
            SocketConnection connection = new SocketConnection(options.base(), (int) options.timeout().toMillis());
            String json = "Content-Type: " + JSON_TYPE + "\r\nAccept: " + JSON_TYPE + "\r\n";
            byte[] fixed = switch (options.scenario()) {
                case "me" -> SocketConnection.request(options.base(), "GET", "/api/v1/users/me",
                        "Authorization: Bearer " + accessToken + "\r\nAccept: " + JSON_TYPE + "\r\n", null);
                case "login" -> SocketConnection.request(options.base(), "POST", "/api/v1/auth/login", json,
                        JSON.writeValueAsString(Map.of("email", email, "password", options.password())));
                case "messages", "search" -> SocketConnection.request(options.base(), "GET", readPath(),
                        "Authorization: Bearer " + accessToken + "\r\nAccept: " + JSON_TYPE + "\r\n", null);
                default -> null;
            };
            return new Exchange() {
                @Override
                public SocketConnection.Answer next() throws IOException {
                    byte[] request = fixed != null ? fixed : SocketConnection.request(options.base(), "POST",
                            "/api/v1/auth/refresh", json, JSON.writeValueAsString(Map.of("refreshToken", refreshToken)));
                    return connection.exchange(request);
                }

                @Override
                public void close() {
                    connection.close();
                }
            };
        }

        /** A broken refresh chain (its token refused or lost) starts again from a login, counted apart. */
        private void recover(LatencyLog log) throws InterruptedException {
            try {
                logIn();
                log.relogin();
            } catch (IOException | RuntimeException e) {
                log.failure("re-login failed: " + e.getClass().getSimpleName());
                Thread.sleep(50);
            }
        }

        private URI uri(String path) {
            return URI.create(options.base() + path);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String heyVersion() {
        try {
            Process p = new ProcessBuilder("dpkg-query", "-W", "-f=${Version}", "hey").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 && !v.isEmpty() ? v : "(version unknown)";
        } catch (IOException e) {
            return "(version unknown)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(version unknown)";
        }
    }

    private static <T> T unwrap(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }
}
