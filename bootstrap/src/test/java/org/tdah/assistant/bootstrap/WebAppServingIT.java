package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.dev.MailSink;

/**
 * The web app served by the API at {@code /} (docs/web.md): pages and deep links answer the
 * app's {@code index.html}, not cached; hashed assets are cached for good with their content type;
 * a missing asset is a real 404; a path that tries to leave the app's folder gets nothing; and the
 * API keeps every path of its own under {@code /api/} and {@code /.well-known/}. The app is the one
 * the {@code web} module built, read from the class path as the jar reads it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebAppServingIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);
    private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");
    private static final Pattern STYLE = Pattern.compile("href=\"(/assets/[^\"]+\\.css)\"");

    private final ApiClient api = TestApplication.api(APP);

    private static void assertIsTheApp(ApiClient.Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("text/html;charset=utf-8");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(reply.body()).contains("<div id=\"root\"></div>").containsPattern(SCRIPT);
        assertThat(reply.header("X-Request-Id")).isNotBlank();
    }

    private String assetPath(Pattern pattern) {
        Matcher matcher = pattern.matcher(api.get("/").body());
        assertThat(matcher.find()).as("index.html links its hashed %s", pattern).isTrue();
        return matcher.group(1);
    }

    @Test
    void the_root_and_every_page_of_the_app_answer_its_index_html_not_cached() {
        assertIsTheApp(api.get("/"));
        assertIsTheApp(api.get("/today"));
        assertIsTheApp(api.get("/login"));
        assertIsTheApp(api.get("/today/"));
        assertIsTheApp(api.get("/verify-email?token=abc%2Bdef_-.~"));
        assertIsTheApp(api.get("/reset-password?token=xyz"));
    }

    @Test
    void a_hashed_asset_is_cached_for_good_with_its_content_type_and_answers_a_conditional_request_with_304() {
        String script = assetPath(SCRIPT);
        ApiClient.Reply js = api.get(script);
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.contentType()).isEqualTo("text/javascript;charset=utf-8");
        assertThat(js.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(js.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(js.body()).isNotBlank();

        ApiClient.Reply css = api.get(assetPath(STYLE));
        assertThat(css.contentType()).isEqualTo("text/css;charset=utf-8");
        assertThat(css.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");

        ApiClient.Reply again = api.send(api.request(script).header("If-None-Match", js.header("ETag")).GET());
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void the_other_files_of_the_app_keep_their_types_and_are_revalidated() {
        ApiClient.Reply manifest = api.get("/manifest.webmanifest");
        assertThat(manifest.status()).isEqualTo(200);
        assertThat(manifest.contentType()).isEqualTo("application/manifest+json");
        assertThat(manifest.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(manifest.json().get("start_url").asText()).isEqualTo("/today");

        ApiClient.Reply icon = api.get("/icon.svg");
        assertThat(icon.contentType()).isEqualTo("image/svg+xml");
        assertThat(icon.header("Cache-Control")).isEqualTo("no-cache");

        ApiClient.Reply maskable = api.get("/icons/maskable-512.png");
        assertThat(maskable.status()).isEqualTo(200);
        assertThat(maskable.contentType()).isEqualTo("image/png");
    }

    /** The service worker and its Workbox runtime: scripts, revalidated, so a new build is found (docs/web/offline.md). */
    @Test
    void the_service_worker_and_its_runtime_are_scripts_never_cached_by_http() {
        ApiClient.Reply worker = api.get("/sw.js");
        assertThat(worker.status()).isEqualTo(200);
        assertThat(worker.contentType()).isEqualTo("text/javascript;charset=utf-8");
        assertThat(worker.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(worker.body()).contains("index.html").doesNotContain("/api/v1");
        Matcher runtime = Pattern.compile("\\./(workbox-[0-9a-f]+)").matcher(worker.body());
        assertThat(runtime.find()).as("sw.js loads its Workbox runtime").isTrue();
        ApiClient.Reply workbox = api.get("/" + runtime.group(1) + ".js");
        assertThat(workbox.status()).isEqualTo(200);
        assertThat(workbox.contentType()).isEqualTo("text/javascript;charset=utf-8");
        assertThat(workbox.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void head_answers_the_headers_of_get_without_the_body() {
        ApiClient.Reply head = api.send(api.request("/today").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.contentType()).isEqualTo("text/html;charset=utf-8");
        assertThat(head.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void a_missing_asset_or_file_is_a_404_problem_and_never_the_app() {
        for (String path : new String[] {"/assets/index-NOSUCH.js", "/assets/", "/favicon.ico", "/robots.txt"}) {
            ApiClient.Reply reply = api.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
            assertThat(reply.body()).as(path).doesNotContain("<div id=\"root\">");
        }
    }

    @Test
    void the_api_keeps_its_paths_its_methods_and_its_problems() {
        ApiClient.Reply me = api.get("/api/v1/users/me");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.get("/api/v1/no-such-thing").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/no-such-thing").contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/nothing").contentType()).startsWith("application/problem+json");
        assertThat(api.get("/.well-known/jwks.json").json().get("keys")).isNotEmpty();
        assertThat(api.get("/api/v1/openapi.json").json().get("paths").fieldNames())
                .as("the document lists the API's paths, none of the app's")
                .toIterable().allSatisfy(path -> assertThat(path).matches("/api/v1/.+|/\\.well-known/jwks\\.json"));
        assertThat(api.get("/api/docs/").body()).contains("swagger");

        String token = api.registerAndLogIn("web-app@example.org", "purple elephants dance quietly", "Sam");
        assertThat(api.getWithToken("/api/v1/tasks?status=open", token).status()).isEqualTo(200);
        // a page's path with another method is not the app's: Jersey answers it
        ApiClient.Reply post = api.postJson("/today", "{}");
        assertThat(post.status()).isIn(404, 405);
        assertThat(post.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_path_that_tries_to_leave_the_app_folder_gets_nothing_from_it() throws IOException {
        for (String path : new String[] {"/assets/../../dev.yml", "/../dev.yml", "/assets/..%2f..%2fdev.yml",
                "/%2e%2e/dev.yml", "/assets/%2e%2e/%2e%2e/dev.yml", "/assets/..\\..\\dev.yml", "/web/index.html",
                "/assets/../../org/tdah/assistant/bootstrap/AssistantApplication.class"}) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).matches("(?s)HTTP/1\\.1 (400|404) .*");
            assertThat(answer).as(path).doesNotContain("server:", "applicationConnectors", "<div id=\"root\">");
        }
    }

    /** One request sent exactly as written, without a client that would normalize its path. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
