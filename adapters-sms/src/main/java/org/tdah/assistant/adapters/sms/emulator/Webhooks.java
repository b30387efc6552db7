package org.tdah.assistant.adapters.sms.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the application's webhooks as Twilio does: a form-encoded POST signed with
 * {@link TwilioSignature}. Status callbacks go out one at a time, in the order they were queued,
 * on one background thread; a callback that fails is logged and not retried. The auth token is
 * never logged.
 */
final class Webhooks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String authToken;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final ExecutorService callbacks = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "twilio-api-emulator-callbacks");
        thread.setDaemon(true);
        return thread;
    });

    Webhooks(String authToken) {
        this.authToken = authToken;
    }

    /** Runs {@code before}, then posts {@code params} to {@code url}, after every callback queued before it. */
    void postLater(URI url, Map<String, String> params, Runnable before) {
        callbacks.execute(() -> {
            before.run();
            try {
                int status = post(url, params);
                if (status >= 300) {
                    LOG.debug("The status callback {} answered {}", url.getHost(), status);
                }
            } catch (IOException failure) {
                LOG.debug("The status callback {} could not be reached: {}", url.getHost(), failure.toString());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Posts {@code params} to {@code url} now; the HTTP status it answered. */
    int post(URI url, Map<String, String> params) throws IOException, InterruptedException {
        return post(url, params, signature(url, params));
    }

    /** The {@code X-Twilio-Signature} of a call of {@code url} with {@code params}. */
    String signature(URI url, Map<String, String> params) {
        return TwilioSignature.of(authToken, url.toString(), params);
    }

    /** Posts {@code params} to {@code url} now under this signature; the HTTP status it answered. */
    int post(URI url, Map<String, String> params, String signature) throws IOException, InterruptedException {
        String body = params.entrySet().stream()
                .map(param -> URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("User-Agent", "TwilioProxy/1.1 (emulator)")
                .header(TwilioSignature.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, BodyHandlers.discarding()).statusCode();
    }

    @Override
    public void close() {
        callbacks.shutdownNow();
    }
}
