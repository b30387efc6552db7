package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.domain.identity.TotpPolicy;
import org.tdah.assistant.testkit.identity.ReferenceTotp;

/**
 * The web app's way of holding tokens, over HTTP: with {@code X-Token-Transport: cookie} the refresh
 * token lives in an {@code HttpOnly} cookie that scripts cannot read, the cookie refreshes only with
 * that header and from the app's own origin, and rotation, reuse detection and logout act on it as on
 * a token in the body; clients that do not ask keep the JSON body. Every answer, the API's and Swagger
 * UI's, carries the Content-Security-Policy and the other security headers.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BrowserTokensIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);
    private static final String PASSWORD = "purple elephants dance quietly";
    private static final String COOKIE = "__Secure-refresh-token";
    private static final Pattern SET_COOKIE = Pattern.compile("^" + COOKIE + "=([A-Za-z0-9_-]{43});");
    /** The origin of {@code publicBaseUrl} in dev.yml. */
    private static final String APP_ORIGIN = "http://localhost:8080";

    private final ApiClient api = TestApplication.api(APP);

    private String registered() {
        String email = "browser-" + UUID.randomUUID() + "@example.org";
        assertThat(api.postJson("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "Sam"))
                .status()).isEqualTo(201);
        return email;
    }

    private ApiClient.Reply logInInCookieMode(String email) {
        return api.send(api.request("/api/v1/auth/login").header("Content-Type", "application/json")
                .header("X-Token-Transport", "cookie")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")));
    }

    /** A refresh as the web app sends it: the cookie, an empty JSON body, and whatever headers are given. */
    private ApiClient.Reply refreshWithCookie(String cookieHeader, String... headers) {
        HttpRequest.Builder request = api.request("/api/v1/auth/refresh").header("Content-Type", "application/json")
                .header("Cookie", cookieHeader).POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return api.send(request);
    }

    private static String cookieOf(ApiClient.Reply reply) {
        String setCookie = reply.header("Set-Cookie");
        assertThat(setCookie).as("Set-Cookie").isNotNull();
        Matcher matcher = SET_COOKIE.matcher(setCookie);
        assertThat(matcher.find()).as(setCookie).isTrue();
        return COOKIE + "=" + matcher.group(1);
    }

    private static List<String> attributesOf(String setCookie) {
        return Arrays.stream(setCookie.split(";")).skip(1).map(String::trim).toList();
    }

    @Test
    void a_cookie_mode_login_answers_without_the_refresh_token_and_sets_it_in_a_cookie_scripts_cannot_read() {
        ApiClient.Reply login = logInInCookieMode(registered());

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().has("refreshToken")).isFalse();
        assertThat(login.json().get("accessToken").asText()).isNotBlank();
        assertThat(login.json().get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(login.header("Cache-Control")).isEqualTo("no-store");
        assertThat(login.headers().allValues("Set-Cookie")).hasSize(1);
        String setCookie = login.header("Set-Cookie");
        assertThat(setCookie).matches(COOKIE + "=[A-Za-z0-9_-]{43};.*");
        assertThat(attributesOf(setCookie))
                .containsExactlyInAnyOrder("Path=/api/v1/auth", "Max-Age=86400", "Secure", "HttpOnly", "SameSite=Strict");
        assertThat(api.getWithToken("/api/v1/users/me", login.json().get("accessToken").asText()).status()).isEqualTo(200);
    }

    @Test
    void the_second_step_of_a_login_in_cookie_mode_sets_the_cookie_too() {
        String email = registered();
        String token = api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)).json()
                .get("accessToken").asText();
        String secret = api.postJson("/api/v1/mfa/totp/setup", token, null).json().get("secret").asText();
        String code = ReferenceTotp.code(secret, TotpPolicy.stepAt(Instant.now()));
        JsonNode confirmed = api.postJson("/api/v1/mfa/totp/confirm", token, Map.of("code", code)).json();
        String backupCode = confirmed.get("backupCodes").get(0).asText();

        ApiClient.Reply first = logInInCookieMode(email);
        assertThat(first.json().get("mfaRequired").asBoolean()).isTrue();
        assertThat(first.header("Set-Cookie")).as("no cookie before the second factor").isNull();
        ApiClient.Reply verified = api.send(api.request("/api/v1/auth/mfa/verify").header("Content-Type", "application/json")
                .header("X-Token-Transport", "cookie")
                .POST(HttpRequest.BodyPublishers.ofString("{\"mfaToken\":\"" + first.json().get("mfaToken").asText()
                        + "\",\"method\":\"backup_code\",\"code\":\"" + backupCode + "\"}")));

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().has("refreshToken")).isFalse();
        assertThat(attributesOf(verified.header("Set-Cookie")))
                .containsExactlyInAnyOrder("Path=/api/v1/auth", "Max-Age=86400", "Secure", "HttpOnly", "SameSite=Strict");
        assertThat(refreshWithCookie(cookieOf(verified), "X-Token-Transport", "cookie").status()).isEqualTo(200);
    }

    @Test
    void the_cookie_refreshes_with_the_header_rotates_and_a_replayed_cookie_ends_the_session() {
        String first = cookieOf(logInInCookieMode(registered()));

        ApiClient.Reply refreshed = refreshWithCookie(first, "X-Token-Transport", "cookie");
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().has("refreshToken")).isFalse();
        String accessToken = refreshed.json().get("accessToken").asText();
        assertThat(api.getWithToken("/api/v1/users/me", accessToken).status()).isEqualTo(200);
        String second = cookieOf(refreshed);
        assertThat(second).isNotEqualTo(first);
        assertThat(attributesOf(refreshed.header("Set-Cookie"))).contains("HttpOnly", "Secure", "SameSite=Strict");

        // As the browser sends it from the app: fetch metadata and the app's own origin.
        ApiClient.Reply again = refreshWithCookie(second, "X-Token-Transport", "cookie", "Sec-Fetch-Site", "same-origin",
                "Origin", APP_ORIGIN);
        assertThat(again.status()).isEqualTo(200);
        String third = cookieOf(again);

        // The first cookie was spent and its replacement refreshed since: a reuse, the session is revoked.
        ApiClient.Reply replayed = refreshWithCookie(first, "X-Token-Transport", "cookie");
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.json().get("type").asText()).endsWith("/invalid-refresh-token");
        assertThat(attributesOf(replayed.header("Set-Cookie"))).contains("Max-Age=0");
        assertThat(refreshWithCookie(third, "X-Token-Transport", "cookie").status()).isEqualTo(401);
        assertThat(api.getWithToken("/api/v1/users/me", accessToken).status()).isEqualTo(401);
    }

    @Test
    void a_cookie_refresh_without_the_header_or_from_another_site_is_a_csrf_problem_and_changes_nothing() {
        String cookie = cookieOf(logInInCookieMode(registered()));

        for (String[] headers : List.of(new String[0], new String[] {"X-Requested-With", "XMLHttpRequest"},
                new String[] {"X-Token-Transport", "body"},
                new String[] {"X-Token-Transport", "cookie", "Origin", "https://evil.example"},
                new String[] {"X-Token-Transport", "cookie", "Origin", "null"},
                new String[] {"X-Token-Transport", "cookie", "Sec-Fetch-Site", "cross-site", "Origin", APP_ORIGIN},
                new String[] {"X-Token-Transport", "cookie", "Sec-Fetch-Site", "same-site"})) {
            ApiClient.Reply refused = refreshWithCookie(cookie, headers);
            assertThat(refused.status()).as(String.join(" ", headers)).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("type").asText()).isEqualTo("https://assistant.tdah.org/problems/csrf-rejected");
            assertThat(refused.header("Set-Cookie")).isNull();
        }
        ApiClient.Reply twoCookies = refreshWithCookie(cookie + "; " + COOKIE + "=planted-by-a-sibling-domain",
                "X-Token-Transport", "cookie");
        assertThat(twoCookies.status()).isEqualTo(403);
        assertThat(twoCookies.json().get("type").asText()).endsWith("/csrf-rejected");

        // The token was not spent: the same cookie, sent properly, still refreshes.
        assertThat(refreshWithCookie(cookie, "X-Token-Transport", "cookie", "Origin", APP_ORIGIN).status()).isEqualTo(200);
    }

    @Test
    void logout_with_the_cookie_clears_it_and_ends_the_session() {
        ApiClient.Reply login = logInInCookieMode(registered());
        String cookie = cookieOf(login);
        String accessToken = login.json().get("accessToken").asText();

        ApiClient.Reply logout = api.send(api.request("/api/v1/auth/logout").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + accessToken).header("X-Token-Transport", "cookie").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.header("Set-Cookie")).startsWith(COOKIE + "=;");
        assertThat(attributesOf(logout.header("Set-Cookie")))
                .containsExactlyInAnyOrder("Path=/api/v1/auth", "Max-Age=0", "Secure", "HttpOnly", "SameSite=Strict");
        assertThat(api.getWithToken("/api/v1/users/me", accessToken).status()).isEqualTo(401);
        assertThat(refreshWithCookie(cookie, "X-Token-Transport", "cookie").status()).isEqualTo(401);
    }

    @Test
    void clients_that_do_not_ask_for_the_cookie_keep_the_refresh_token_in_the_body_and_get_no_cookie() {
        String email = registered();
        ApiClient.Reply login = api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Set-Cookie")).isNull();
        String refreshToken = login.json().get("refreshToken").asText();
        assertThat(refreshToken).isNotBlank();

        ApiClient.Reply refreshed = api.postJson("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.header("Set-Cookie")).isNull();
        assertThat(refreshed.json().get("refreshToken").asText()).isNotBlank().isNotEqualTo(refreshToken);

        ApiClient.Reply logout = api.postJson("/api/v1/auth/logout", refreshed.json().get("accessToken").asText(), null);
        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.header("Set-Cookie")).isNull();
    }

    @Test
    void a_transport_the_api_does_not_know_is_a_422_naming_the_header() {
        ApiClient.Reply reply = api.send(api.request("/api/v1/auth/login").header("Content-Type", "application/json")
                .header("X-Token-Transport", "local-storage")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"a@example.org\",\"password\":\"x\"}")));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("X-Token-Transport");
    }

    @Test
    void api_answers_and_swagger_ui_carry_a_content_security_policy_without_inline_scripts() {
        for (ApiClient.Reply reply : List.of(api.get("/api/v1/users/me"), api.get("/.well-known/jwks.json"),
                api.get("/api/v1/nothing"), logInInCookieMode(registered()))) {
            assertThat(reply.header("Content-Security-Policy"))
                    .contains("default-src 'self'", "script-src 'self';", "style-src 'self';", "frame-ancestors 'none'",
                            "object-src 'none'", "base-uri 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertSecurityHeaders(reply);
        }
        for (String path : List.of("/api/docs/", "/api/docs/swagger-initializer.js", "/api/docs/swagger-ui-bundle.js")) {
            ApiClient.Reply docs = api.get(path);
            assertThat(docs.status()).as(path).isEqualTo(200);
            String policy = docs.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("script-src 'self';", "style-src 'self' 'unsafe-inline';")
                    .doesNotContain("unsafe-eval");
            assertThat(policy.split("script-src")[1].split(";")[0]).doesNotContain("unsafe-inline");
            assertSecurityHeaders(docs);
        }
        assertThat(api.get("/api/docs/").body()).as("no inline script in Swagger UI's page")
                .doesNotContainPattern("<script>\\s*\\S").contains("src=\"./swagger-initializer.js\"");
    }

    @Test
    void the_openapi_document_describes_the_switch_the_cookie_and_the_csrf_refusal() {
        JsonNode paths = api.get("/api/v1/openapi.json").json().path("paths");
        for (String operation : List.of("login", "mfa/verify", "refresh", "logout")) {
            JsonNode post = paths.path("/api/v1/auth/" + operation).path("post");
            assertThat(post.path("parameters").toString()).as(operation)
                    .contains("\"name\":\"X-Token-Transport\"", "\"in\":\"header\"", "cookie");
            String success = operation.equals("logout") ? "204" : "200";
            assertThat(post.path("responses").path(success).path("headers").has("Set-Cookie")).as(operation).isTrue();
        }
        for (String operation : List.of("refresh", "logout")) {
            assertThat(paths.path("/api/v1/auth/" + operation).path("post").path("parameters").toString()).as(operation)
                    .contains("\"name\":\"" + COOKIE + "\"", "\"in\":\"cookie\"");
        }
        JsonNode refresh = paths.path("/api/v1/auth/refresh").path("post").path("responses");
        assertThat(refresh.path("403").path("description").asText()).contains("csrf-rejected");
        assertThat(refresh.path("403").path("content").path("application/problem+json").isMissingNode()).isFalse();
        JsonNode tokens = api.get("/api/v1/openapi.json").json().path("components").path("schemas").path("TokenResponse");
        assertThat(tokens.path("required").toString()).contains("accessToken").doesNotContain("refreshToken");
    }

    private static void assertSecurityHeaders(ApiClient.Reply reply) {
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
    }
}
