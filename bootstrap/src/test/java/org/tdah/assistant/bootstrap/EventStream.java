package org.tdah.assistant.bootstrap;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A client of {@code GET /events} for the tests: it reads the stream on a thread of its own and
 * hands over each server-sent event (comments too) as it arrives, and tells when the server closed it.
 */
final class EventStream implements AutoCloseable {

    /** One event as received: a comment has only {@code comment}. */
    record Received(String id, String event, String data, String comment) {}

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Void> closedByServer = new CompletableFuture<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private final int status;

    private EventStream(String baseUrl, String token, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/events"))
                .header("Accept", "text/event-stream").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> answered = response.get(10, TimeUnit.SECONDS);
        status = answered.statusCode();
        Thread reader = new Thread(() -> read(answered.body()), "event-stream-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static EventStream open(ApiClient api, String token, String lastEventId) throws Exception {
        return new EventStream(api.baseUrl(), token, lastEventId);
    }

    int status() {
        return status;
    }

    private void read(Stream<String> lines) {
        String[] fields = new String[4];
        try {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (fields[0] != null || fields[1] != null || fields[2] != null || fields[3] != null) {
                        received.add(new Received(fields[0], fields[1], fields[2], fields[3]));
                    }
                    java.util.Arrays.fill(fields, null);
                } else if (line.startsWith(":")) {
                    fields[3] = line.substring(1).trim();
                } else if (line.startsWith("id:")) {
                    fields[0] = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    fields[1] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    fields[2] = fields[2] == null ? line.substring(5).trim() : fields[2] + "\n" + line.substring(5).trim();
                }
            });
        } catch (RuntimeException closed) {
            // the stream ended abruptly; treated as closed
        }
        closedByServer.complete(null);
    }

    /** The next event that is not a comment, within {@code timeout}, or null. */
    Received nextEvent(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Received next = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null || next.comment() == null) {
                return next;
            }
        }
    }

    /** The next comment, skipping events, within {@code timeout}, or null. */
    Received nextComment(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Received next = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null || next.comment() != null) {
                return next;
            }
        }
    }

    /** Whether the server closed the stream within {@code timeout}. */
    boolean closedWithin(Duration timeout) {
        try {
            closedByServer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        response.thenAccept(answered -> answered.body().close());
    }
}
