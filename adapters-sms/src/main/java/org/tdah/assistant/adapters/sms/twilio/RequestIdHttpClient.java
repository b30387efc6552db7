package org.tdah.assistant.adapters.sms.twilio;

import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.application.shared.port.Correlation;

/**
 * A twilio-java transport that ties each request to Twilio to the work that makes it: the request
 * id current on the calling thread ({@link Correlation#current()}) goes out as an
 * {@code X-Request-Id} header (an opaque id; Twilio ignores headers it does not know, the emulator
 * records them), and each call leaves one log line under {@value #LOGGER}, written on the calling
 * thread so that it carries the same id: method, path (the account SID replaced by
 * {@code {AccountSid}}, no query, no parameters, no credentials), status (0 when the call threw,
 * as the channel log has it) and time.
 */
public final class RequestIdHttpClient extends HttpClient {
    /** The logger of the lines of Twilio calls. */
    public static final String LOGGER = "org.tdah.assistant.twilio";
    /** The header that carries the request id. */
    public static final String HEADER = "X-Request-Id";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final Pattern ACCOUNT = Pattern.compile("/Accounts/AC[0-9a-fA-F]{32}");

    private final HttpClient delegate;
    private final Correlation correlation;

    public RequestIdHttpClient(HttpClient delegate, Correlation correlation) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.correlation = Objects.requireNonNull(correlation, "correlation");
    }

    /** The transport the requests go through. */
    HttpClient delegate() {
        return delegate;
    }

    @Override
    public Response makeRequest(Request request) {
        Optional<String> requestId = correlation.current();
        if (requestId.isPresent() && !request.getHeaderParams().containsKey(HEADER)) {
            request.addHeaderParam(HEADER, requestId.get());
        }
        long start = System.nanoTime();
        int status = 0;
        try {
            Response answer = delegate.makeRequest(request);
            status = answer.getStatusCode();
            return answer;
        } finally {
            if (LOG.isInfoEnabled()) {
                LOG.info("Twilio {} {} {} {} ms", request.getMethod(), path(request), status,
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private static String path(Request request) {
        return ACCOUNT.matcher(request.constructURL().getPath()).replaceFirst("/Accounts/{AccountSid}");
    }
}
