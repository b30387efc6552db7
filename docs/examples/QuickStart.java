import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API from Java with nothing but the JDK's java.net.http, against {@code dev}: register, read
 * the verification email in dev's outbox, verify, log in, create a task, list it, refresh the token.
 *
 * <p>Run it from its source file (Java 17+): {@code java QuickStart.java [baseUrl] [adminUrl]}
 * (defaults {@code http://localhost:8080} and {@code http://localhost:8081}, dev's ports). It reads
 * the few JSON fields it needs with a regular expression to stay dependency-free; a real client
 * uses its JSON library.
 */
public class QuickStart {
    private static final String PASSWORD = "purple elephants dance quietly";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String admin = args.length > 1 ? args[1] : "http://localhost:8081";
        String email = "quickstart-java-" + System.currentTimeMillis() + "@example.org";

        // 1. Register: 201 with the account; a verification email goes out.
        call("POST", base + "/api/v1/auth/register", 201, """
                {"email": "%s", "password": "%s", "displayName": "Quick Start"}""".formatted(email, PASSWORD), null);
        System.out.println("registered " + email);

        // 2. dev keeps what it sends in GET :8081/dev/outbox; the email links .../verify-email?token=...
        String verificationToken = awaitVerificationToken(admin, email);
        System.out.println("read the verification email");

        // 3. Verify the address: 204.
        call("POST", base + "/api/v1/auth/verify-email", 204, "{\"token\": \"%s\"}".formatted(verificationToken), null);
        System.out.println("verified the email address");

        // 4. Log in: 200 with an access token (15 minutes) and a refresh token.
        String login = call("POST", base + "/api/v1/auth/login", 200, """
                {"email": "%s", "password": "%s"}""".formatted(email, PASSWORD), null);
        String accessToken = field(login, "accessToken");
        String refreshToken = field(login, "refreshToken");
        System.out.println("logged in (token type " + field(login, "tokenType") + ")");

        // 5. Create a task: 201 with the task.
        String task = call("POST", base + "/api/v1/tasks", 201, "{\"title\": \"call the pharmacy\"}", accessToken);
        String taskId = field(task, "id");
        System.out.println("created task " + taskId);

        // 6. List the open tasks: the new one is there.
        String tasks = call("GET", base + "/api/v1/tasks?status=open", 200, null, accessToken);
        if (!tasks.contains("\"id\":\"" + taskId + "\"")) {
            throw new IllegalStateException("task " + taskId + " is not in " + tasks);
        }
        System.out.println("listed task " + taskId + ": " + field(task, "title"));

        // 7. Refresh: a new access token and a new refresh token (the old one is spent: keep the new one).
        String refreshed = call("POST", base + "/api/v1/auth/refresh", 200,
                "{\"refreshToken\": \"%s\"}".formatted(refreshToken), null);
        accessToken = field(refreshed, "accessToken");
        String me = call("GET", base + "/api/v1/users/me", 200, null, accessToken);
        if (!me.contains("\"emailVerified\":true")) {
            throw new IllegalStateException("not verified: " + me);
        }
        System.out.println("refreshed the token; /users/me answers with the new one");
    }

    /** Sends a request and returns the body; any other status than the expected one is an error. */
    static String call(String method, String url, int expected, String json, String accessToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + ": expected " + expected + ", got "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Waits (at most 20 s) for the verification email in dev's outbox and returns its token. */
    static String awaitVerificationToken(String admin, String email) throws Exception {
        Pattern token = Pattern.compile("\"to\":\"[^\"]*" + Pattern.quote(email)
                + "[^\"]*\",[^}]*\"subject\":\"Confirm your email address\",\"body\":\"[^\"]*?token=([A-Za-z0-9_%.~-]+)");
        for (int attempt = 0; attempt < 100; attempt++) {
            Matcher found = token.matcher(call("GET", admin + "/dev/outbox", 200, null, null));
            String last = null;
            while (found.find()) {
                last = found.group(1);
            }
            if (last != null) {
                return URLDecoder.decode(last, StandardCharsets.UTF_8);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no verification email for " + email + " in " + admin + "/dev/outbox");
    }

    /** The value of a top-level string field of a JSON object (enough for this example's answers). */
    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no \"" + name + "\" in " + json);
        }
        return value.group(1);
    }
}
