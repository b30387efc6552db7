import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traffic against {@code dev} that moves every metric of the dashboards: a registration and its
 * email verification (through dev's outbox), a wrong and a right login, SMS consent, an SMS second
 * factor enrolled and used (a wrong code, then the right one), a task, a conversation message, a
 * reminder due in seconds (delivered by text and on the web), inbound texts from the person and
 * from strangers (STOP, START, and two whose replies fail: Twilio's magic numbers +15005550001, refused at once, and +15005559008, failed
 * after it was sent).
 * With {@code --wait-for-nag-and-check-in} it also waits (at most 150 s) for the reminder's nag and
 * for the check-in planned for the next minute.
 *
 * <p>Run from its source file with the JDK alone: {@code java DevTraffic.java <baseUrl> <adminUrl>
 * [--wait-for-nag-and-check-in]}. Used by check-against-dev.sh and by MetricsExportedIT. Exits
 * non-zero, saying which step, when a call does not answer as documented.
 */
public class DevTraffic {
    private static final String PASSWORD = "purple elephants dance quietly";
    private static final String PLATFORM_NUMBER = "+15005550006";
    /** Twilio's magic numbers: a text to the first is refused at once (invalid), to the second it fails later. */
    private static final String INVALID_NUMBER = "+15005550001";
    private static final String FAILING_NUMBER = "+15005559008";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern OUTBOX_ENTRY = Pattern.compile(
            "\\{\"channel\":\"((?:[^\"\\\\]|\\\\.)*)\",\"to\":\"((?:[^\"\\\\]|\\\\.)*)\",\"from\":(?:null|\"(?:[^\"\\\\]|\\\\.)*\"),"
                    + "\"subject\":(?:null|\"((?:[^\"\\\\]|\\\\.)*)\"),\"body\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String base;
    private final String admin;

    DevTraffic(String base, String admin) {
        this.base = base;
        this.admin = admin;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java DevTraffic.java <baseUrl> <adminUrl> [--wait-for-nag-and-check-in]");
            System.exit(2);
        }
        new DevTraffic(args[0], args[1]).run(args.length > 2 && args[2].equals("--wait-for-nag-and-check-in"));
    }

    void run(boolean waitForNagAndCheckIn) throws Exception {
        long run = System.currentTimeMillis() % 1_000_000;
        String email = "traffic-" + run + "@example.org";
        String phone = "+1555123" + String.format("%04d", run % 10_000);

        call("POST", "/api/v1/auth/register", 201, """
                {"email": "%s", "password": "%s", "displayName": "Traffic"}""".formatted(email, PASSWORD), null);
        String link = awaitOutbox(entry -> entry.to().contains(email) && "Confirm your email address".equals(entry.subject()),
                "the verification email").body();
        call("POST", "/api/v1/auth/verify-email", 204, "{\"token\": \"%s\"}".formatted(
                URLDecoder.decode(find(link, "token=([A-Za-z0-9_%.~-]+)"), StandardCharsets.UTF_8)), null);
        say("registered and verified " + email);

        call("POST", "/api/v1/auth/login", 401, login(email, "not the password at all"), null);
        String token = field(call("POST", "/api/v1/auth/login", 200, login(email, PASSWORD), null), "accessToken");
        say("logged in once with a wrong password, then with the right one");

        call("PATCH", "/api/v1/users/me", 200, "{\"smsConsent\": true, \"timezone\": \"UTC\"}", token);
        String checkInTime = Instant.now().plus(1, ChronoUnit.MINUTES).atZone(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("HH:mm"));
        call("PUT", "/api/v1/users/me/preferences", 200, """
                {"quietHours": null, "nagIntervalMinutes": 1, "maxNags": 1, "checkInTime": "%s",
                 "reminderChannels": ["sms", "web"]}""".formatted(checkInTime), token);
        call("POST", "/api/v1/mfa/sms/setup", 202, "{\"phone\": \"%s\"}".formatted(phone), token);
        call("POST", "/api/v1/mfa/sms/confirm", 200, "{\"code\": \"%s\"}".formatted(awaitCode(phone, 1)), token);
        say("consented to texts, check-in at " + checkInTime + " UTC, SMS second factor on for " + phone);

        call("POST", "/api/v1/tasks", 201, "{\"title\": \"water the plants\"}", token);
        String conversation = field(call("POST", "/api/v1/conversations", 201, "{}", token), "id");
        call("POST", "/api/v1/conversations/" + conversation + "/messages", 201, "{\"body\": \"todo buy milk\"}", token);
        String dueAt = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS).toString();
        call("POST", "/api/v1/reminders", 201, "{\"text\": \"take a break\", \"dueAt\": \"%s\"}".formatted(dueAt), token);
        say("created a task, posted a message, set a reminder due at " + dueAt);

        String mfaToken = field(call("POST", "/api/v1/auth/login", 200, login(email, PASSWORD), null), "mfaToken");
        call("POST", "/api/v1/auth/mfa/sms/send", 202, "{\"mfaToken\": \"%s\"}".formatted(mfaToken), null);
        String code = awaitCode(phone, 2);
        String wrong = code.equals("000000") ? "111111" : "000000";
        call("POST", "/api/v1/auth/mfa/verify", 401, mfa(mfaToken, wrong), null);
        call("POST", "/api/v1/auth/mfa/verify", 200, mfa(mfaToken, code), null);
        say("logged in with the SMS second factor (a wrong code first)");

        inbound(phone, "list");
        inbound("+15551239001", "hello");
        inbound("+15551239001", "STOP");
        inbound("+15551239001", "START");
        inbound(INVALID_NUMBER, "hello");
        inbound(FAILING_NUMBER, "hello");
        say("texted the assistant from the person's phone and from strangers (STOP, START, two failing replies)");

        awaitOutbox(entry -> entry.to().equals(phone) && entry.body().startsWith("Reminder"), "the reminder's text");
        say("the reminder was texted");
        if (waitForNagAndCheckIn) {
            awaitOutbox(entry -> entry.to().equals(phone) && entry.body().startsWith("Still on it?"), "the nag", 150);
            say("the nag was texted");
            awaitOutbox(entry -> entry.to().equals(phone) && entry.body().startsWith("Good morning"), "the check-in", 150);
            say("the check-in was texted");
        }
    }

    private void inbound(String from, String body) throws Exception {
        HttpResponse<String> response = send("POST", admin + "/dev/sms/inbound",
                "{\"from\": \"%s\", \"to\": \"%s\", \"body\": \"%s\"}".formatted(from, PLATFORM_NUMBER, body), null);
        expect(response, 202, "POST /dev/sms/inbound from " + from);
    }

    private String awaitCode(String phone, int count) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            List<String> codes = outbox().stream().filter(entry -> entry.to().equals(phone))
                    .map(entry -> find(entry.body(), "^(\\d{6}) is your")).filter(found -> !found.isEmpty()).toList();
            if (codes.size() >= count) {
                return codes.get(codes.size() - 1);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no code number " + count + " texted to " + phone + " in " + admin + "/dev/outbox");
    }

    private record Entry(String channel, String to, String subject, String body) {}

    private Entry awaitOutbox(Predicate<Entry> wanted, String what) throws Exception {
        return awaitOutbox(wanted, what, 30);
    }

    private Entry awaitOutbox(Predicate<Entry> wanted, String what, int seconds) throws Exception {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (Instant.now().isBefore(deadline)) {
            Optional<Entry> found = outbox().stream().filter(wanted).reduce((first, last) -> last);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("not in " + admin + "/dev/outbox after " + seconds + " s: " + what);
    }

    private List<Entry> outbox() throws Exception {
        HttpResponse<String> response = send("GET", admin + "/dev/outbox", null, null);
        expect(response, 200, "GET /dev/outbox");
        List<Entry> entries = new ArrayList<>();
        Matcher entry = OUTBOX_ENTRY.matcher(response.body());
        while (entry.find()) {
            entries.add(new Entry(unescape(entry.group(1)), unescape(entry.group(2)),
                    entry.group(3) == null ? null : unescape(entry.group(3)), unescape(entry.group(4))));
        }
        return entries;
    }

    private String call(String method, String path, int expected, String json, String token) throws Exception {
        HttpResponse<String> response = send(method, base + path, json, token);
        expect(response, expected, method + " " + path);
        return response.body();
    }

    private static HttpResponse<String> send(String method, String url, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int expected, String what) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(what + ": expected " + expected + ", got " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private static String login(String email, String password) {
        return "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password);
    }

    private static String mfa(String mfaToken, String code) {
        return "{\"mfaToken\": \"%s\", \"method\": \"sms\", \"code\": \"%s\"}".formatted(mfaToken, code);
    }

    private static String field(String json, String name) {
        String value = find(json, "\"" + Pattern.quote(name) + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
        if (value.isEmpty()) {
            throw new IllegalStateException("no \"" + name + "\" in " + json);
        }
        return value;
    }

    /** The first group of the first match, or "" when nothing matches. */
    private static String find(String text, String regex) {
        Matcher found = Pattern.compile(regex).matcher(text);
        return found.find() ? found.group(1) : "";
    }

    private static String unescape(String json) {
        return json.replace("\\n", "\n").replace("\\\"", "\"").replace("\\/", "/").replace("\\\\", "\\");
    }

    private static void say(String step) {
        System.out.println("traffic: " + step);
    }
}
