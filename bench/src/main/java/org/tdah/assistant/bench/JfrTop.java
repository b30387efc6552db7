package org.tdah.assistant.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's CPU went, from the {@code jdk.ExecutionSample} events of a JFR recording: the
 * samples by kind of work (bcrypt or an ECDSA operation anywhere on the stack, else the leaf-most
 * frame that belongs to a known library), the hottest leaf methods, and the application's methods
 * found most often on the stack.
 *
 * <p>{@code java -cp bench/target/bench.jar org.tdah.assistant.bench.JfrTop recording.jfr [top] [since-epoch-ms]}
 */
public final class JfrTop {
    /** Operations that decide the kind wherever they are on the stack, in this order. */
    private static final Map<String, String> OPERATIONS = new LinkedHashMap<>();
    /** Kinds of work, by frame prefix; the first frame from the top that matches one decides. */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("at.favre.lib.crypto.bcrypt", "bcrypt (password hash)");
        OPERATIONS.put("sun.security.ec.ECDSASignature.engineVerify", "ECDSA P-256 verify (access token)");
        OPERATIONS.put("sun.security.ec.ECDSASignature.engineSign", "ECDSA P-256 sign (access token)");
        KINDS.put("sun.security.ec.", "other EC (keys)");
        KINDS.put("sun.security.provider.SHA", "SHA digests");
        KINDS.put("com.nimbusds", "Nimbus JOSE (parse/serialize/base64)");
        KINDS.put("org.postgresql", "PostgreSQL JDBC driver");
        KINDS.put("com.zaxxer.hikari", "HikariCP");
        KINDS.put("org.jdbi", "JDBI");
        KINDS.put("redis.clients", "Jedis (Redis client)");
        KINDS.put("org.apache.commons.pool2", "commons-pool2 (Jedis pool)");
        KINDS.put("com.fasterxml.jackson", "Jackson JSON");
        KINDS.put("ch.qos.logback", "logging (logback)");
        KINDS.put("org.slf4j", "logging (logback)");
        KINDS.put("org.glassfish.jersey", "Jersey");
        KINDS.put("org.glassfish.hk2", "HK2 (Jersey injection)");
        KINDS.put("org.hibernate.validator", "Hibernate Validator");
        KINDS.put("io.dropwizard", "Dropwizard (metrics, filters)");
        KINDS.put("com.codahale.metrics", "Dropwizard (metrics, filters)");
        KINDS.put("io.dropwizard.metrics", "Dropwizard (metrics, filters)");
        KINDS.put("org.eclipse.jetty", "Jetty (HTTP, I/O)");
        KINDS.put("sun.nio.ch", "socket I/O");
        KINDS.put("java.net.", "socket I/O");
        KINDS.put("org.tdah.assistant", "the application's own code");
    }

    private JfrTop() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrTop recording.jfr [top] [since-epoch-millis]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Instant since = args.length > 2 ? Instant.ofEpochMilli(Long.parseLong(args[2])) : Instant.EPOCH;
        System.out.print(report(Path.of(args[0]), since, top));
    }

    /** The summary of the samples taken at or after {@code since}. */
    static String report(Path recording, Instant since, int top) throws IOException {
        StringBuilder out = new StringBuilder();
        Map<String, Integer> kinds = new HashMap<>();
        Map<String, Integer> leaves = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStartTime().isBefore(since)) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                leaves.merge(name(frames.get(0)), 1, Integer::sum);
            }
            String kind = null;
            for (Map.Entry<String, String> op : OPERATIONS.entrySet()) {
                if (frames.stream().anyMatch(frame -> name(frame).startsWith(op.getKey()))) {
                    kind = op.getValue();
                    break;
                }
            }
            found:
            for (int i = 0; kind == null && i < frames.size(); i++) {
                RecordedFrame frame = frames.get(i);
                String name = name(frame);
                for (Map.Entry<String, String> k : KINDS.entrySet()) {
                    if (name.startsWith(k.getKey())) {
                        kind = k.getValue();
                        break found;
                    }
                }
            }
            kinds.merge(kind == null ? "other (JDK, JIT-compiled glue)" : kind, 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (name.startsWith("org.tdah.assistant") && seen.add(name)) {
                    inclusive.merge(name, 1, Integer::sum);
                }
            }
        }
        out.append(String.format(Locale.ROOT, "%d execution samples (Java threads running Java code) in %s%s%n%n",
                samples, recording, since.equals(Instant.EPOCH) ? "" : ", taken from " + since));
        print(out, "by kind of work (bcrypt or ECDSA anywhere on the stack, else the leaf-most known library)", kinds, samples, top);
        print(out, "hottest leaf methods (self)", leaves, samples, top);
        print(out, "the application's methods on the stack (inclusive)", inclusive, samples, top);
        return out.toString();
    }

    private static void print(StringBuilder out, String title, Map<String, Integer> counts, int samples, int top) {
        out.append(title).append(":\n");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f%%  %6d  %s%n",
                        100.0 * e.getValue() / Math.max(1, samples), e.getValue(), e.getKey())));
        out.append("\n");
    }

    private static String name(RecordedFrame frame) {
        RecordedMethod method = frame.getMethod();
        return method == null ? "?" : method.getType().getName() + "." + method.getName();
    }
}
