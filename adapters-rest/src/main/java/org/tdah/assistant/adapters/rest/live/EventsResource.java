package org.tdah.assistant.adapters.rest.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.live.FollowLiveEvents;
import org.tdah.assistant.application.live.LiveEvent;
import org.tdah.assistant.application.live.LiveEventPosition;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * {@code GET /events}: the caller's live events as server-sent events. {@code id:} is the resume
 * token ({@code Last-Event-ID} resumes after it), {@code event:} the type, {@code data:} the JSON of
 * the resource. A comment every {@link Settings#heartbeat()} keeps proxies from closing a quiet
 * stream; the stream closes within {@link Settings#readWait()} of its session ending. Each open
 * stream holds one thread of its own pool while it waits; a person may hold
 * {@link Settings#perAccount()} streams on this instance at once (429 beyond).
 */
@Path("/api/v1/events")
@Authenticated
@RequiresPermission("conversation:read")
public final class EventsResource {
    private static final Logger LOG = LoggerFactory.getLogger(EventsResource.class);

    /** How long one read waits, how often a quiet stream gets a comment, and how many streams a person may hold. */
    public record Settings(Duration readWait, Duration heartbeat, int perAccount) {}

    private final FollowLiveEvents followLiveEvents;
    private final ExecutorService streams;
    private final Settings settings;
    private final Map<AccountId, Integer> openPerAccount = new ConcurrentHashMap<>();

    public EventsResource(FollowLiveEvents followLiveEvents, ExecutorService streams, Settings settings) {
        this.followLiveEvents = followLiveEvents;
        this.streams = streams;
        this.settings = settings;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-sent events for the caller (messages, reminders, tasks)", operationId = "followEvents")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/event-stream", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "422", description = "Last-Event-ID is not a position this stream gave")
    @ApiResponse(responseCode = "429", description = "Too many streams open for this account")
    public void events(@HeaderParam("Last-Event-ID") String lastEventId, @Context SseEventSink sink,
            @Context Sse sse, @Context SecurityContext security) {
        Caller caller = CallerPrincipal.of(security);
        Optional<LiveEventPosition> resumeAfter = lastEventId == null || lastEventId.isBlank() ? Optional.empty()
                : Optional.of(LiveEventPosition.parse(lastEventId, "Last-Event-ID"));
        LiveEventPosition start = followLiveEvents.start(caller, resumeAfter);
        if (!admit(caller.accountId())) {
            throw new WebApplicationException(Problems.rateLimited(settings.heartbeat(),
                    "You have " + settings.perAccount() + " live streams open already; close one first."));
        }
        try {
            streams.execute(() -> follow(caller, start, sink, sse));
        } catch (RejectedExecutionException full) {
            release(caller.accountId());
            throw new WebApplicationException(Problems.response(GeneralProblem.SERVICE_UNAVAILABLE,
                    "Too many live streams are open on this server; try again in a moment."));
        }
    }

    private void follow(Caller caller, LiveEventPosition start, SseEventSink sink, Sse sse) {
        LiveEventPosition after = start;
        long quietSince = System.nanoTime();
        try (sink) {
            send(sink, sse.newEventBuilder().comment("connected").reconnectDelay(3_000).build());
            while (!sink.isClosed() && !Thread.currentThread().isInterrupted()) {
                FollowLiveEvents.Result result = followLiveEvents.next(caller, after, settings.readWait());
                if (result instanceof FollowLiveEvents.Result.SessionEnded) {
                    return;
                }
                for (LiveEvent event : ((FollowLiveEvents.Result.Events) result).events()) {
                    send(sink, sse.newEventBuilder().id(event.position().toString()).name(event.type())
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, event.json()).build());
                    after = event.position();
                    quietSince = System.nanoTime();
                }
                if (System.nanoTime() - quietSince >= settings.heartbeat().toNanos()) {
                    send(sink, sse.newEventBuilder().comment("keep-alive").build());
                    quietSince = System.nanoTime();
                }
            }
        } catch (RuntimeException stopped) {
            LOG.debug("live stream of {} stopped: {}", caller.accountId().value(), stopped.toString());
        } finally {
            release(caller.accountId());
        }
    }

    private static void send(SseEventSink sink, OutboundSseEvent event) {
        sink.send(event).toCompletableFuture().join();
    }

    private boolean admit(AccountId account) {
        boolean[] admitted = {false};
        openPerAccount.compute(account, (key, open) -> {
            int current = open == null ? 0 : open;
            if (current >= settings.perAccount()) {
                return current;
            }
            admitted[0] = true;
            return current + 1;
        });
        return admitted[0];
    }

    private void release(AccountId account) {
        openPerAccount.computeIfPresent(account, (key, open) -> open <= 1 ? null : open - 1);
    }
}
