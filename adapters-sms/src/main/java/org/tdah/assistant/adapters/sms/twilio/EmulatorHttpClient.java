package org.tdah.assistant.adapters.sms.twilio;

import com.twilio.Twilio;
import com.twilio.constant.EnumConstants;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * The twilio-java transport that sends every request to another origin (the Twilio API emulator)
 * instead of {@code https://<product>.twilio.com}: the path and query, the form or JSON body and
 * the headers, Authorization included, are kept. twilio-java has no base-URL setting; this is how
 * it is pointed elsewhere. Requests go over {@link java.net.http.HttpClient}; a connection that
 * fails becomes an {@link ApiConnectionException}, as twilio-java reports it.
 */
public final class EmulatorHttpClient extends HttpClient {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    private final URI base;
    private final java.net.http.HttpClient http;

    /** Sends to {@code base} (e.g. {@code http://127.0.0.1:8089}, a path prefix is kept). */
    public EmulatorHttpClient(URI base) {
        Objects.requireNonNull(base, "base");
        if (!base.isAbsolute() || base.getHost() == null) {
            throw new IllegalArgumentException("the emulator's base URI must be absolute, like http://127.0.0.1:8089");
        }
        this.base = base;
        this.http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
    }

    /** Where the requests go. */
    public URI base() {
        return base;
    }

    @Override
    public Response makeRequest(Request request) {
        HttpRequest.Builder outgoing = HttpRequest.newBuilder(target(request.constructURL())).timeout(REQUEST_TIMEOUT);
        headers(request).forEach((name, values) -> values.forEach(value -> outgoing.header(name, value)));
        if (request.getMethod() == HttpMethod.GET) {
            outgoing.GET();
        } else {
            outgoing.method(request.getMethod().toString(), body(request));
        }
        return perform(outgoing.build());
    }

    private Response perform(HttpRequest outgoing) {
        try {
            HttpResponse<byte[]> answer = http.send(outgoing, BodyHandlers.ofByteArray());
            return new Response(new ByteArrayInputStream(answer.body()), answer.statusCode(), headers(answer));
        } catch (IOException failure) {
            throw new ApiConnectionException("the Twilio emulator at " + base + " could not be reached: " + failure, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("interrupted while calling the Twilio emulator at " + base, interrupted);
        }
    }

    URI target(URL twilioUrl) {
        String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        String query = twilioUrl.getQuery() == null ? "" : "?" + twilioUrl.getQuery();
        String origin = base.getScheme() + "://" + base.getRawAuthority();
        return URI.create(origin + prefix + twilioUrl.getPath() + query);
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("X-Twilio-Client", List.of("java-" + Twilio.VERSION));
        headers.put("User-Agent", List.of("twilio-java/" + Twilio.VERSION + " (emulator client)"));
        headers.put("Accept", List.of(JSON));
        if (request.getMethod() != HttpMethod.GET) {
            headers.put("Content-Type", List.of(contentType(request)));
        }
        headers.putAll(request.getHeaderParams());
        if (request.requiresAuthentication()) {
            headers.put("Authorization", List.of(request.getAuthString()));
        }
        return headers;
    }

    private static String contentType(Request request) {
        EnumConstants.ContentType declared = request.getContentType();
        if (declared == null || declared == EnumConstants.ContentType.FORM_URLENCODED) {
            return FORM;
        }
        if (declared == EnumConstants.ContentType.JSON) {
            return JSON;
        }
        throw new ApiException("the emulator client does not send " + declared.getValue() + " bodies");
    }

    private static BodyPublisher body(Request request) {
        if (request.getContentType() == EnumConstants.ContentType.JSON) {
            return request.getBody() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(request.getBody());
        }
        return BodyPublishers.ofString(request.encodeFormBody());
    }

    private static Header[] headers(HttpResponse<?> answer) {
        return answer.headers().map().entrySet().stream()
                .flatMap(header -> header.getValue().stream().map(value -> new BasicHeader(header.getKey(), value)))
                .toArray(Header[]::new);
    }
}
