package org.tdah.assistant.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tdah.assistant.bootstrap.DevJar;
import org.tdah.assistant.dev.DevTwilio;
import org.tdah.assistant.testkit.sms.TwilioStyleSignatures;

/**
 * Debian's nginx (1.22) in front of the packaged jar's {@code dev}, with the deployment's own
 * configuration ({@code deploy/nginx/templates/assistant.conf.template} and its snippets, rendered
 * as the official nginx image renders them) and a throw-away certificate, checked from outside with
 * openssl, curl and an HTTP/2 client: TLS 1.2 refused and 1.3 taken, h2 negotiated, plain HTTP sent
 * to HTTPS, HSTS and the security headers once each, gzip, the body limit, the live event stream
 * flowing through unbuffered, a signed Twilio webhook validating over the public URL, a cookie-mode
 * refresh passing the CSRF check, and a client unable to choose the address the audit trail sees.
 * Skipped, saying why, without nginx or openssl ({@code apt-get install nginx openssl}).
 */
class NginxProxyIT {
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path OPENSSL = Path.of("/usr/bin/openssl");
    private static final Path DEPLOY = Path.of("..", "deploy", "nginx").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "purple elephants dance quietly";

    @TempDir
    static Path work;
    private static DevJar dev;
    private static Process nginx;
    private static int httpsPort;
    private static int httpPort;
    private static String publicUrl;
    private static HttpClient client;
    private static Path acmeWebroot;

    @BeforeAll
    static void startTheProxyInFrontOfDev() throws Exception {
        if (!Files.isExecutable(NGINX) || !Files.isExecutable(OPENSSL)) {
            System.err.println("NginxProxyIT skipped: no nginx at " + NGINX + " or openssl at " + OPENSSL
                    + " (Debian: apt-get install nginx openssl)");
        }
        assumeThat(Files.isExecutable(NGINX)).as("nginx at %s (Debian: apt-get install nginx)", NGINX).isTrue();
        assumeThat(Files.isExecutable(OPENSSL)).as("openssl at %s", OPENSSL).isTrue();
        httpsPort = freePort();
        httpPort = freePort();
        publicUrl = "https://localhost:" + httpsPort;
        Path certificate = work.resolve("tls/fullchain.pem");
        Path key = work.resolve("tls/privkey.pem");
        Files.createDirectories(certificate.getParent());
        acmeWebroot = work.resolve("acme");
        Files.createDirectories(acmeWebroot.resolve(".well-known/acme-challenge"));
        run(List.of(OPENSSL.toString(), "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                "-keyout", key.toString(), "-out", certificate.toString()), 0);
        client = HttpClient.newBuilder().sslContext(trusting(certificate)).version(HttpClient.Version.HTTP_2)
                .connectTimeout(Duration.ofSeconds(5)).build();

        // The application behind it takes X-Forwarded-* and knows its public URL is nginx's.
        Files.createDirectories(work.resolve("dev"));
        dev = DevJar.startHealthy(work.resolve("dev"), Map.of("USE_FORWARDED_HEADERS", "true", "PUBLIC_BASE_URL", publicUrl));
        String upstream = "127.0.0.1:" + URI.create(dev.baseUrl()).getPort();
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("SERVER_NAME", "localhost");
        variables.put("HTTPS_LISTEN", "127.0.0.1:" + httpsPort);
        variables.put("HTTP_LISTEN", "127.0.0.1:" + httpPort);
        variables.put("TLS_CERTIFICATE", certificate.toString());
        variables.put("TLS_CERTIFICATE_KEY", key.toString());
        variables.put("API_UPSTREAM", upstream);
        variables.put("SMS_ROUTER_UPSTREAM", upstream);
        variables.put("SNIPPETS", DEPLOY.resolve("snippets").toString());
        variables.put("ACME_WEBROOT", acmeWebroot.toString());
        Path site = work.resolve("nginx/assistant.conf");
        Files.createDirectories(site.getParent());
        Files.writeString(site, render(Files.readString(DEPLOY.resolve("templates/assistant.conf.template")), variables));
        nginx = new ProcessBuilder(NGINX.toString(), "-p", site.getParent().toString(), "-c", mainConfig(site).toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("nginx/out.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (curl("-o", "/dev/null", "-w", "%{http_code}", publicUrl + "/api/v1/openapi.json").exitCode() != 0) {
            assertThat(nginx.isAlive()).as("nginx runs: %s", Files.readString(work.resolve("nginx/out.log"))).isTrue();
            assertThat(System.nanoTime()).as("nginx answers within 20 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        if (dev != null) {
            dev.close();
        }
    }

    @Test
    void tls_1_2_is_refused_and_tls_1_3_is_taken_with_h2() throws Exception {
        Result tls12 = openssl("-tls1_2");
        assertThat(tls12.exitCode()).as("a TLS 1.2 handshake:%n%s", tls12.output()).isNotZero();
        assertThat(tls12.output()).contains("alert protocol version", "Cipher is (NONE)");

        Result tls13 = openssl("-tls1_3");
        assertThat(tls13.exitCode()).as("a TLS 1.3 handshake:%n%s", tls13.output()).isZero();
        assertThat(tls13.output()).contains("TLSv1.3").contains("ALPN protocol: h2");

        Result h2 = curl("-o", "/dev/null", "-w", "%{http_version} %{ssl_verify_result}", "--http2", publicUrl + "/today");
        assertThat(h2.output().trim()).startsWith("2 ");
    }

    @Test
    void plain_http_is_sent_to_https() {
        Result redirect = curl("-o", "/dev/null", "-w", "%{http_code} %{redirect_url}", "http://localhost:" + httpPort + "/today?x=1");
        assertThat(redirect.output().trim()).isEqualTo("301 https://localhost/today?x=1");
    }

    @Test
    void plain_http_serves_only_the_certificate_challenges() throws Exception {
        Files.writeString(acmeWebroot.resolve(".well-known/acme-challenge/token-123"), "token-123.thumbprint");
        Result challenge = curl("-w", " %{http_code}", "http://localhost:" + httpPort + "/.well-known/acme-challenge/token-123");
        assertThat(challenge.output().trim()).isEqualTo("token-123.thumbprint 200");
        Result missing = curl("-o", "/dev/null", "-w", "%{http_code}", "http://localhost:" + httpPort + "/.well-known/acme-challenge/none");
        assertThat(missing.output().trim()).isEqualTo("404");
        Result outside = curl("-o", "/dev/null", "-w", "%{http_code}", "http://localhost:" + httpPort + "/.well-known/other");
        assertThat(outside.output().trim()).as("the rest of .well-known is not served in the clear").isEqualTo("301");
    }

    @Test
    void every_answer_carries_hsts_and_the_security_headers_once() throws Exception {
        for (String path : List.of("/today", "/api/v1/users/me", "/api/docs/", "/no-such-file.ico")) {
            HttpResponse<String> answer = get(path, Map.of());
            Map<String, List<String>> headers = answer.headers().map();
            assertThat(headers.get("strict-transport-security")).as(path).containsExactly("max-age=63072000; includeSubDomains; preload");
            assertThat(headers.get("x-content-type-options")).as(path).containsExactly("nosniff");
            assertThat(headers.get("x-frame-options")).as(path).containsExactly("DENY");
            assertThat(headers.get("referrer-policy")).as(path).containsExactly("no-referrer");
            assertThat(headers.get("permissions-policy")).as(path).hasSize(1);
            assertThat(headers.get("permissions-policy").get(0)).contains("camera=()", "geolocation=()");
            assertThat(headers.get("content-security-policy")).as(path).hasSize(1);
            assertThat(headers.get("content-security-policy").get(0)).contains("frame-ancestors 'none'", "script-src 'self'")
                    .doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(headers.get("server")).as(path).allSatisfy(server -> assertThat(server).isEqualTo("nginx"));
        }
        // Swagger UI keeps the application's own policy (inline styles), the web app its stricter one.
        assertThat(get("/api/docs/", Map.of()).headers().firstValue("content-security-policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("style-src 'self' 'unsafe-inline'"));
        assertThat(get("/today", Map.of()).headers().firstValue("content-security-policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("style-src 'self';"));
    }

    @Test
    void json_scripts_and_styles_are_gzipped() throws Exception {
        String index = get("/today", Map.of()).body();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        assertThat(script.find()).as("a script in index.html:%n%s", index).isTrue();
        for (String path : List.of("/api/v1/openapi.json", script.group(1))) {
            HttpResponse<byte[]> answer = client.send(request(path).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("content-encoding")).as(path).hasValue("gzip");
            assertThat(answer.body()[0] & 0xff).as("the gzip magic number of %s", path).isEqualTo(0x1f);
        }
    }

    @Test
    void a_body_over_the_limit_is_refused_at_the_proxy() throws Exception {
        Path huge = work.resolve("huge.json");
        Files.writeString(huge, "{\"title\":\"" + "x".repeat(1_200_000) + "\"}");
        Result answer = curl("-o", "/dev/null", "-w", "%{http_code}", "-H", "Content-Type: application/json",
                "--data-binary", "@" + huge, publicUrl + "/api/v1/tasks");
        assertThat(answer.output().trim()).isEqualTo("413");
    }

    @Test
    void the_live_event_stream_flows_through_unbuffered() throws Exception {
        String token = registerAndLogIn("nginx-events");
        HttpResponse<InputStream> stream = client.send(request("/api/v1/events").header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).as("the stream's first line comes at once").isEqualTo(": connected");
            CompletableFuture<List<String>> event = CompletableFuture.supplyAsync(() -> readUntil(lines, "event: task.changed"));
            HttpResponse<String> created = client.send(request("/api/v1/tasks").header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"call the pharmacy\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);
            // One small event: a buffering proxy would hold it until its buffer filled or the stream ended.
            List<String> read = event.get(10, TimeUnit.SECONDS);
            assertThat(read).last().isEqualTo("event: task.changed");
        }
    }

    @Test
    void a_signed_twilio_webhook_validates_through_the_proxy_and_an_unsigned_one_does_not() throws Exception {
        String path = "/api/v1/sms/twilio/inbound";
        Map<String, String> form = Map.of("MessageSid", "SM" + "a".repeat(32), "AccountSid", "AC" + "b".repeat(32),
                "From", "+15550100199", "To", "+15005550006", "Body", "hello", "NumMedia", "0");
        String body = form.entrySet().stream().map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        // Signed as Twilio signs: over the public URL it calls, which is nginx's, not the application's port.
        String signature = new TwilioStyleSignatures(DevTwilio.AUTH_TOKEN).sign(publicUrl + path, form);
        HttpResponse<String> signed = client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        HttpResponse<String> forged = client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", new TwilioStyleSignatures("not-the-token").sign(publicUrl + path, form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void a_browser_refresh_by_cookie_passes_the_csrf_check_on_the_public_origin() throws Exception {
        String email = "nginx-cookie-" + System.nanoTime() + "@example.org";
        register(email);
        HttpResponse<String> login = client.send(json("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD))
                .header("X-Token-Transport", "cookie").header("Origin", publicUrl).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String cookie = login.headers().allValues("set-cookie").stream().filter(value -> value.startsWith("__Secure-refresh-token="))
                .findFirst().orElseThrow().split(";", 2)[0];
        HttpResponse<String> refresh = client.send(json("/api/v1/auth/refresh", Map.of()).header("X-Token-Transport", "cookie")
                .header("Origin", publicUrl).header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refresh.statusCode()).as(refresh.body()).isEqualTo(200);
        HttpResponse<String> elsewhere = client.send(json("/api/v1/auth/refresh", Map.of()).header("X-Token-Transport", "cookie")
                .header("Origin", "https://evil.example").header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode()).isEqualTo(403);
    }

    @Test
    void a_client_cannot_choose_the_address_the_audit_trail_records() throws Exception {
        String email = "nginx-address-" + System.nanoTime() + "@example.org";
        register(email);
        HttpResponse<String> login = client.send(json("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD))
                .header("X-Forwarded-For", "203.0.113.7").header("X-Real-IP", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String token = JSON.readTree(login.body()).get("accessToken").asText();
        JsonNode activity = JSON.readTree(get("/api/v1/users/me/activity", Map.of("Authorization", "Bearer " + token)).body());
        List<String> addresses = new ArrayList<>();
        activity.get("items").forEach(item -> addresses.add(item.path("address").asText()));
        assertThat(addresses).isNotEmpty().doesNotContain("203.0.113.7").allSatisfy(address -> assertThat(address).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1"));
    }

    private static String registerAndLogIn(String prefix) throws Exception {
        String email = prefix + "-" + System.nanoTime() + "@example.org";
        register(email);
        HttpResponse<String> login = client.send(json("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return JSON.readTree(login.body()).get("accessToken").asText();
    }

    private static void register(String email) throws Exception {
        HttpResponse<String> registered = client.send(json("/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "displayName", "Sam")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }

    private static List<String> readUntil(BufferedReader lines, String wanted) {
        List<String> read = new ArrayList<>();
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                read.add(line);
                if (line.equals(wanted)) {
                    return read;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return read;
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(publicUrl + path)).timeout(Duration.ofSeconds(30));
    }

    private static HttpRequest.Builder json(String path, Map<String, ?> body) throws IOException {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    private static HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder builder = request(path);
        headers.forEach(builder::header);
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** `${NAME}` replaced by its value for the names given, as the nginx image's envsubst does; nginx's `$host` stays. */
    static String render(String template, Map<String, String> variables) {
        String rendered = template;
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            rendered = rendered.replace("${" + variable.getKey() + "}", variable.getValue());
        }
        Matcher left = Pattern.compile("\\$\\{[A-Z_]+}").matcher(rendered);
        assertThat(left.find()).as("a variable of the template left unset: %s", left.results().toList()).isFalse();
        return rendered;
    }

    /** The nginx.conf of the official image, cut to loopback: pid, logs and temp paths in the test's folder. */
    private static Path mainConfig(Path site) throws IOException {
        Path folder = site.getParent();
        for (String temp : List.of("body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            Files.createDirectories(folder.resolve("temp").resolve(temp));
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        String config = (root ? "user root;\n" : "") + """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    include /etc/nginx/mime.types;
                    default_type application/octet-stream;
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/temp/body;
                    proxy_temp_path %1$s/temp/proxy;
                    fastcgi_temp_path %1$s/temp/fastcgi;
                    uwsgi_temp_path %1$s/temp/uwsgi;
                    scgi_temp_path %1$s/temp/scgi;
                    sendfile on;
                    keepalive_timeout 65;
                    include %2$s;
                }
                """.formatted(folder, site);
        Path main = folder.resolve("nginx.conf");
        Files.writeString(main, config);
        return main;
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream pem = Files.newInputStream(certificate)) {
            store.setCertificateEntry("nginx", (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private record Result(int exitCode, String output) {}

    private static Result openssl(String version) {
        return run(List.of(OPENSSL.toString(), "s_client", "-connect", "127.0.0.1:" + httpsPort, "-servername", "localhost",
                version, "-alpn", "h2,http/1.1"), -1);
    }

    private static Result curl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--max-time", "10", "--cacert",
                work.resolve("tls/fullchain.pem").toString()));
        command.addAll(List.of(arguments));
        return run(command, -1);
    }

    /** Runs a command with an empty stdin; `expected` >= 0 asserts its exit code. */
    private static Result run(List<String> command, int expected) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s ended", command).isTrue();
            if (expected >= 0) {
                assertThat(process.exitValue()).as("%s:%n%s", command, output).isEqualTo(expected);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
