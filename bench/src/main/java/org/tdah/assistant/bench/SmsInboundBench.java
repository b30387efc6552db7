package org.tdah.assistant.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The load of issue 12 on the SMS router's intake: {@code --senders} closed-loop senders, each a
 * stranger with a From number of its own on a kept-alive socket, POST signed inbound webhooks
 * (form-encoded, {@code X-Twilio-Signature} as Twilio computes it) to
 * {@code /api/v1/sms/twilio/inbound}; a warm-up, then a measured phase. During the measured phase
 * a probe texts the platform number once a second from the verified phones given in
 * {@code --probe-phones} (in turn, so that none reaches the cap of replies a minute), and writes
 * each POST's wall-clock time and tag to {@code --probe-file}: the shell script matches them to the
 * replies in the emulator's outbox.
 *
 * <p>Self-contained (runs as a source file: {@code java SmsInboundBench.java ...}, JDK 17). Prints
 * one line {@code RESULT key=value ...} for the script.
 */
public final class SmsInboundBench {
    private static final String PATH = "/api/v1/sms/twilio/inbound";
    private static final String PLATFORM = "+15005550006";
    private static final String ACCOUNT_SID = "AC00000000000000000000000000000000";

    private SmsInboundBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String host = o.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(o.get("port"));
        String publicBase = o.getOrDefault("public-base", "http://" + host + ":" + port);
        String token = o.getOrDefault("auth-token", "dev-twilio-auth-token");
        int senders = Integer.parseInt(o.getOrDefault("senders", "64"));
        // --rate R: open loop, R webhooks a second in all, each sender on its own schedule, latency from the time
        // each was due (coordinated omission corrected); 0 (the default): closed loop, as fast as answered
        double rate = Double.parseDouble(o.getOrDefault("rate", "0"));
        long intervalNs = rate > 0 ? (long) (senders * 1e9 / rate) : 0;
        long warmupNs = Long.parseLong(o.getOrDefault("warmup-s", "60")) * 1_000_000_000L;
        long measureNs = Long.parseLong(o.getOrDefault("measure-s", "60")) * 1_000_000_000L;
        List<String> probePhones = o.containsKey("probe-phones") && !o.get("probe-phones").isBlank()
                ? List.of(o.get("probe-phones").split(",")) : List.of();
        Path probeFile = Path.of(o.getOrDefault("probe-file", "probe-sent.tsv"));
        Path markFile = o.containsKey("mark-file") ? Path.of(o.get("mark-file")) : null;
        // the server's processes (--pids), then this generator's own
        long[] given = o.containsKey("pids") ? Arrays.stream(o.get("pids").split(",")).mapToLong(Long::parseLong).toArray()
                : new long[0];
        long[] pids = Arrays.copyOf(given, given.length + 1);
        pids[given.length] = ProcessHandle.current().pid();
        String url = publicBase + PATH;

        long start = System.nanoTime();
        long measureFrom = start + warmupNs;
        long measureTo = measureFrom + measureNs;
        AtomicBoolean stop = new AtomicBoolean();
        Sender[] all = new Sender[senders];
        Thread[] threads = new Thread[senders];
        for (int i = 0; i < senders; i++) {
            all[i] = new Sender(host, port, url, token, String.format(Locale.ROOT, "+1415666%04d", i), measureFrom,
                    measureTo, stop, intervalNs, start + (intervalNs * i) / Math.max(1, senders));
            threads[i] = new Thread(all[i], "sender-" + i);
            threads[i].start();
        }
        Thread probe = null;
        Probe probeTask = null;
        if (!probePhones.isEmpty()) {
            probeTask = new Probe(host, port, url, token, probePhones, measureFrom, measureTo);
            probe = new Thread(probeTask, "probe");
            probe.start();
        }
        sleepUntil(measureFrom);
        long[] cpu0 = cpuTicks(pids);
        long[] sys0 = machineTicks();
        if (markFile != null) {
            Files.writeString(markFile, "measure-start " + System.currentTimeMillis() + "\n");
        }
        System.err.printf("measured phase starts (%d senders, load %s)%n", senders, loadavg());
        sleepUntil(measureTo);
        long[] cpu1 = cpuTicks(pids);
        long[] sys1 = machineTicks();
        if (markFile != null) {
            Files.writeString(markFile, "measure-end " + System.currentTimeMillis() + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
        }
        String loadEnd = loadavg();
        stop.set(true);
        for (Thread t : threads) {
            t.join(10_000);
        }
        if (probe != null) {
            probe.join(10_000);
            try (PrintStream out = new PrintStream(Files.newOutputStream(probeFile), true, StandardCharsets.UTF_8)) {
                for (String line : probeTask.lines) {
                    out.println(line);
                }
            }
        }

        long ok = 0;
        long errors = 0;
        long warmupOk = 0;
        Map<String, Long> errorKinds = new TreeMap<>();
        long[] merged = new long[0];
        for (Sender s : all) {
            ok += s.count;
            errors += s.errors;
            warmupOk += s.warmupCount;
            s.errorKinds.forEach((k, v) -> errorKinds.merge(k, v, Long::sum));
            long[] mine = Arrays.copyOf(s.latencies, s.count);
            long[] next = Arrays.copyOf(merged, merged.length + mine.length);
            System.arraycopy(mine, 0, next, merged.length, mine.length);
            merged = next;
        }
        Arrays.sort(merged);
        double seconds = measureNs / 1e9;
        double tick = 100.0; // CLK_TCK on Linux
        StringBuilder cpu = new StringBuilder();
        for (int i = 0; i < pids.length; i++) {
            cpu.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.2f", (cpu1[i] - cpu0[i]) / tick / seconds));
        }
        double busy = (sys1[0] - sys0[0]) / tick / seconds;
        System.out.printf(Locale.ROOT,
                "RESULT senders=%d offered_rate=%s measured_s=%.0f ok=%d errors=%d rate=%.1f p50=%.2f p95=%.2f p99=%.2f p999=%.2f max=%.2f"
                        + " mean=%.2f warmup_ok=%d cpu_cores=%s machine_busy_cores=%.2f load_end=%s error_kinds=%s%n",
                senders, rate > 0 ? String.format(Locale.ROOT, "%.0f", rate) : "closed-loop", seconds, ok, errors, ok / seconds, pct(merged, 50), pct(merged, 95), pct(merged, 99),
                pct(merged, 99.9), merged.length == 0 ? 0 : merged[merged.length - 1] / 1e6, mean(merged), warmupOk,
                cpu, busy, loadEnd.replace(' ', '/'), errorKinds.isEmpty() ? "none" : errorKinds.toString().replace(' ', '_'));
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }

    static double mean(long[] values) {
        return values.length == 0 ? 0 : Arrays.stream(values).average().orElse(0) / 1e6;
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            if (left > 2_000_000) {
                Thread.sleep(Math.min(500, left / 1_000_000 - 1));
            } else {
                LockSupport.parkNanos(left);
            }
        }
    }

    static String loadavg() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** utime + stime of each process and of its threads (whole process). */
    static long[] cpuTicks(long[] pids) {
        long[] ticks = new long[pids.length];
        for (int i = 0; i < pids.length; i++) {
            ticks[i] = procTicks(pids[i]);
        }
        return ticks;
    }

    static long procTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Busy ticks of the whole machine (all but idle and iowait). */
    static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return new long[] {busy};
        } catch (IOException e) {
            return new long[] {0};
        }
    }

    /** A signed, form-encoded inbound webhook as the bytes of one HTTP/1.1 request. */
    static byte[] webhook(Mac mac, String host, int port, String url, String from, String body) {
        StringBuilder hex = new StringBuilder("SM");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 4; i++) {
            hex.append(String.format(Locale.ROOT, "%08x", random.nextInt()));
        }
        TreeMap<String, String> params = new TreeMap<>();
        params.put("AccountSid", ACCOUNT_SID);
        params.put("Body", body);
        params.put("From", from);
        params.put("MessageSid", hex.toString());
        params.put("NumSegments", "1");
        params.put("To", PLATFORM);
        StringBuilder signed = new StringBuilder(url);
        StringBuilder form = new StringBuilder();
        params.forEach((name, value) -> {
            signed.append(name).append(value);
            form.append(form.length() == 0 ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] content = form.toString().getBytes(StandardCharsets.UTF_8);
        String head = "POST " + PATH + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Twilio-Signature: " + signature
                + "\r\nContent-Length: " + content.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(h, h.length + content.length);
        System.arraycopy(content, 0, request, h.length, content.length);
        return request;
    }

    static Mac mac(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return mac;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One kept-alive connection; the answer's status, its body read and dropped (Content-Length or chunked). */
    static final class Connection {
        private final String host;
        private final int port;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(String host, int port) {
            this.host = host;
            this.port = port;
        }

        int exchange(byte[] request) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(host, port), 5_000);
                socket.setSoTimeout(30_000);
                in = new BufferedInputStream(socket.getInputStream(), 8192);
                out = socket.getOutputStream();
            }
            try {
                out.write(request);
                out.flush();
                String status = line();
                if (!status.startsWith("HTTP/1.1 ")) {
                    throw new IOException("not a status line: " + status);
                }
                int code = Integer.parseInt(status.substring(9, 12));
                long length = -1;
                boolean chunked = false;
                boolean close = false;
                for (String header = line(); !header.isEmpty(); header = line()) {
                    String lower = header.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("content-length:")) {
                        length = Long.parseLong(lower.substring(15).trim());
                    } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                        chunked = true;
                    } else if (lower.startsWith("connection:") && lower.contains("close")) {
                        close = true;
                    }
                }
                if (chunked) {
                    for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                            size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                        skip(size);
                        line();
                    }
                    line();
                } else if (length > 0) {
                    skip(length);
                }
                if (close) {
                    close();
                }
                return code;
            } catch (IOException | RuntimeException e) {
                close();
                throw e instanceof IOException io ? io : new IOException(e);
            }
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long k = in.skip(n);
                if (k <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("closed in a body");
                    }
                    k = 1;
                }
                n -= k;
            }
        }

        private String line() throws IOException {
            StringBuilder s = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("closed");
                }
                if (c != '\r') {
                    s.append((char) c);
                }
            }
            return s.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing
            }
            socket = null;
        }
    }

    static final class Sender implements Runnable {
        final String host;
        final int port;
        final String url;
        final String from;
        final long measureFrom;
        final long measureTo;
        final AtomicBoolean stop;
        final long intervalNs;
        final long firstDue;
        final Mac mac;
        long[] latencies = new long[1 << 16];
        int count;
        long warmupCount;
        long errors;
        final Map<String, Long> errorKinds = new TreeMap<>();

        Sender(String host, int port, String url, String token, String from, long measureFrom, long measureTo,
                AtomicBoolean stop, long intervalNs, long firstDue) {
            this.intervalNs = intervalNs;
            this.firstDue = firstDue;
            this.host = host;
            this.port = port;
            this.url = url;
            this.from = from;
            this.measureFrom = measureFrom;
            this.measureTo = measureTo;
            this.stop = stop;
            this.mac = mac(token);
        }

        @Override
        public void run() {
            Connection connection = new Connection(host, port);
            long n = 0;
            long due = firstDue;
            while (!stop.get()) {
                byte[] request = webhook(mac, host, port, url, from, "hello, who is this? " + n++);
                if (intervalNs > 0) {
                    try {
                        sleepUntil(due);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                // open loop: from the time it was due, so that a late answer also counts against the next ones
                long t0 = intervalNs > 0 ? due : System.nanoTime();
                due += intervalNs;
                String failure = null;
                try {
                    int status = connection.exchange(request);
                    if (status != 200) {
                        failure = "status-" + status;
                    }
                } catch (IOException e) {
                    failure = e.getClass().getSimpleName();
                }
                long t1 = System.nanoTime();
                if (t0 >= measureFrom && t1 <= measureTo) {
                    if (failure == null) {
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = t1 - t0;
                    } else {
                        errors++;
                        errorKinds.merge(failure, 1L, Long::sum);
                    }
                } else if (t1 < measureFrom && failure == null) {
                    warmupCount++;
                } else if (failure != null && t1 < measureFrom) {
                    errorKinds.merge("warmup-" + failure, 1L, Long::sum);
                }
                if (failure != null) {
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            connection.close();
        }
    }

    /** One text a second during the measured phase, from the probe phones in turn; its own connection. */
    static final class Probe implements Runnable {
        final String host;
        final int port;
        final String url;
        final Mac mac;
        final List<String> phones;
        final long measureFrom;
        final long measureTo;
        final List<String> lines = new ArrayList<>();

        Probe(String host, int port, String url, String token, List<String> phones, long measureFrom, long measureTo) {
            this.host = host;
            this.port = port;
            this.url = url;
            this.mac = mac(token);
            this.phones = phones;
            this.measureFrom = measureFrom;
            this.measureTo = measureTo;
        }

        @Override
        public void run() {
            Connection connection = new Connection(host, port);
            try {
                sleepUntil(measureFrom + 500_000_000L);
                for (int k = 0; System.nanoTime() + 1_000_000_000L < measureTo; k++) {
                    long due = measureFrom + 500_000_000L + k * 1_000_000_000L;
                    sleepUntil(due);
                    String phone = phones.get(k % phones.size());
                    String tag = "probe" + k;
                    byte[] request = webhook(mac, host, port, url, phone, "todo " + tag);
                    long sentMs = System.currentTimeMillis();
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = connection.exchange(request);
                    } catch (IOException e) {
                        status = -1;
                    }
                    double ms = (System.nanoTime() - t0) / 1e6;
                    lines.add(k + "\t" + phone + "\t" + tag + "\t" + sentMs + "\t" + status + "\t"
                            + String.format(Locale.ROOT, "%.2f", ms));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            connection.close();
        }
    }
}
