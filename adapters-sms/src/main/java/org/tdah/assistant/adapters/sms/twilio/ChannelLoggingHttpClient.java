package org.tdah.assistant.adapters.sms.twilio;

import com.twilio.constant.EnumConstants;
import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.application.sms.ChannelExchange;
import org.tdah.assistant.application.sms.port.ChannelLogs;

/**
 * A twilio-java transport that records each HTTP request it passes to {@code delegate} (each
 * attempt, when the SDK retries) as one {@link ChannelExchange.Direction#OUTGOING} exchange in the
 * channel log: method, URL without query or credentials, status (0 when the request threw),
 * duration, the message SID of the answer, the Twilio error code or the exception's class, and
 * the parameters and answer redacted by {@link ChannelRedaction}. The Authorization header is
 * never read.
 *
 * <p>Recording never changes the outcome of a request: the answer (or the exception) reaches the
 * SDK as the delegate gave it, and a channel log that fails is logged at WARN and forgotten.
 */
public final class ChannelLoggingHttpClient extends HttpClient {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelLoggingHttpClient.class);

    private final HttpClient delegate;
    private final ChannelLogs logs;
    private final Clock clock;

    public ChannelLoggingHttpClient(HttpClient delegate, ChannelLogs logs) {
        this(delegate, logs, Clock.systemUTC());
    }

    /** Dates the exchanges with {@code clock}; durations are measured with {@link System#nanoTime()}. */
    public ChannelLoggingHttpClient(HttpClient delegate, ChannelLogs logs, Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.logs = Objects.requireNonNull(logs, "logs");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The transport the requests go through. */
    HttpClient delegate() {
        return delegate;
    }

    @Override
    public Response makeRequest(Request request) {
        Instant at = clock.instant();
        long start = System.nanoTime();
        Response answer;
        try {
            answer = delegate.makeRequest(request);
        } catch (RuntimeException failure) {
            record(request, at, start, 0, "", Optional.of(failure.getClass().getSimpleName()));
            throw failure;
        }
        String content = answer.getContent();
        Response kept = new Response(content, answer.getStatusCode(), answer.getHeaders());
        Optional<String> error = answer.getStatusCode() >= 400 ? ChannelRedaction.errorCode(content) : Optional.empty();
        record(request, at, start, answer.getStatusCode(), content, error);
        return kept;
    }

    private void record(Request request, Instant at, long start, int status, String answer, Optional<String> error) {
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        String method = String.valueOf(request.getMethod());
        try {
            logs.record(new ChannelExchange(at, ChannelExchange.Direction.OUTGOING, method, url(request), status,
                    parameters(request), ChannelRedaction.json(answer), duration,
                    ChannelRedaction.messageSid(answer), error));
        } catch (RuntimeException failure) {
            LOG.warn("The channel log could not keep a {} request to Twilio (HTTP status {}): {}",
                    method, status, failure.getClass().getSimpleName());
        }
    }

    private static String url(Request request) {
        URL url = request.constructURL();
        String port = url.getPort() < 0 ? "" : ":" + url.getPort();
        return url.getProtocol() + "://" + url.getHost() + port + url.getPath();
    }

    private static String parameters(Request request) {
        List<String> parts = new ArrayList<>();
        if (!request.getQueryParams().isEmpty()) {
            parts.add(ChannelRedaction.parameters(request.getQueryParams()));
        }
        if (request.getContentType() == EnumConstants.ContentType.JSON) {
            if (request.getBody() != null) {
                parts.add(ChannelRedaction.json(request.getBody()));
            }
        } else if (!request.getPostParams().isEmpty()) {
            parts.add(ChannelRedaction.parameters(request.getPostParams()));
        }
        return ChannelRedaction.cut(String.join("&", parts));
    }
}
