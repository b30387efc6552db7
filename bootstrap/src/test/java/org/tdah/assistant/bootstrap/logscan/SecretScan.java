package org.tdah.assistant.bootstrap.logscan;

import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The watch for secrets in log lines, for the whole test run: every line logged in this JVM (through
 * {@link SecretScanningAppender}, kept on the root logger across each application's reconfiguration
 * of logging) and the output of the processes the tests start ({@link #inspectOutput}) is checked
 * against the secrets the tests learned ({@link #remember}: passwords, tokens, codes, keys) and
 * against the shapes of secrets nobody told it about (a JWT, an Authorization header). Refresh,
 * verification and reset tokens have no shape of their own (43 base64url characters, as a signing
 * key's public id has): they are caught by value, as the tests receive every one of them. A line that holds one is kept as a {@link Hit}, the secret masked; {@link SecretScanExtension}
 * fails the test class during which it was logged.
 */
public final class SecretScan {
    /** Values shorter than this are not secrets of ours (and would be found everywhere). */
    static final int SHORTEST = 6;

    private static final List<Pattern> SHAPES = List.of(
            // a JWT (access and MFA tokens): a base64url JSON header, a payload and a signature
            Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"),
            // credentials on their way in an HTTP header
            Pattern.compile("(?i)\\b(?:Basic|Bearer) [A-Za-z0-9+/=._-]{16,}"));

    /** The JSON fields of the API that carry secrets: passwords, tokens, codes, the TOTP secret, backup codes. */
    private static final Set<String> SECRET_FIELDS = Set.of("password", "currentPassword", "newPassword", "token",
            "accessToken", "refreshToken", "mfaToken", "secret", "code", "backupCodes");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();
    private static final ConcurrentLinkedQueue<Hit> HITS = new ConcurrentLinkedQueue<>();
    private static final SecretScanningAppender APPENDER = new SecretScanningAppender();

    static {
        // What the test configuration holds (dev.yml and the tests' overrides): never to be logged.
        remember("dev-twilio-auth-token");
        remember("ZGV2LW9ubHkta2V5LWVuY3J5cHRpb24ta2V5LTMyYiE=");
        remember("sk-test-key");
    }

    private SecretScan() {}

    /** A line that held a secret: where it came from and the line with the secret masked. */
    public record Hit(String source, String maskedLine) {
        @Override
        public String toString() {
            return source + ": " + maskedLine;
        }
    }

    /** From now on, and after every reconfiguration of logging, every line logged in this JVM is inspected. */
    public static synchronized void install() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        APPENDER.attachTo(context);
    }

    /** A value the tests know to be secret; blank and short values are ignored. */
    public static void remember(String secret) {
        if (secret != null && secret.strip().length() >= SHORTEST) {
            SECRETS.add(secret.strip());
        }
    }

    /**
     * Remembers the secrets a JSON body sent to or received from the API holds: the values of its
     * password, token, code and secret fields, at any depth. A body that is not JSON holds none.
     */
    public static void rememberSecretsIn(String json) {
        if (json == null || json.isBlank() || !(json.strip().startsWith("{") || json.strip().startsWith("["))) {
            return;
        }
        try {
            rememberSecretsIn(JSON.readTree(json), false);
        } catch (IOException notJson) {
            // not JSON after all: nothing to learn from it
        }
    }

    private static void rememberSecretsIn(JsonNode node, boolean secret) {
        if (node.isTextual() && secret) {
            remember(node.asText());
        } else if (node.isArray()) {
            node.forEach(element -> rememberSecretsIn(element, secret));
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                boolean secretField = SECRET_FIELDS.contains(field.getKey());
                rememberSecretsIn(field.getValue(), secret || secretField);
            }
        }
    }

    /** Inspects one line; keeps it, masked, when it holds a secret. */
    public static void inspect(String source, String line) {
        if (line == null || line.isEmpty()) {
            return;
        }
        String masked = masked(line);
        if (!masked.equals(line)) {
            HITS.add(new Hit(source, masked));
        }
    }

    /** Inspects every line of a process's output, as the tests captured it in a file. */
    public static void inspectOutput(String source, Path output) {
        try {
            if (Files.exists(output)) {
                Files.readAllLines(output).forEach(line -> inspect(source, line));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The hits kept since the last call, which are then forgotten. */
    public static List<Hit> takeHits() {
        return takeHits(hit -> true);
    }

    /** The hits kept so far that {@code which} selects, which are then forgotten; the others stay. */
    public static synchronized List<Hit> takeHits(Predicate<Hit> which) {
        List<Hit> taken = new ArrayList<>();
        for (Hit hit : HITS) {
            if (which.test(hit) && HITS.remove(hit)) {
                taken.add(hit);
            }
        }
        return taken;
    }

    static String masked(String line) {
        String masked = line;
        for (String secret : SECRETS) {
            if (masked.contains(secret)) {
                masked = secret.chars().allMatch(Character::isDigit)
                        ? masked.replaceAll("(?<![0-9])" + secret + "(?![0-9])", mask(secret))
                        : masked.replace(secret, mask(secret));
            }
        }
        for (Pattern shape : SHAPES) {
            Matcher matcher = shape.matcher(masked);
            masked = matcher.replaceAll(found -> Matcher.quoteReplacement(mask(found.group())));
        }
        return masked;
    }

    private static String mask(String secret) {
        return "<secret of " + secret.length() + " characters>";
    }
}
