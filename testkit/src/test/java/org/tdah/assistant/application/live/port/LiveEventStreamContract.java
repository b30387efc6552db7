package org.tdah.assistant.application.live.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.live.LiveEvent;
import org.tdah.assistant.application.live.LiveEventPosition;
import org.tdah.assistant.domain.identity.AccountId;

/** What every stream of live events must do: ordered, per person, resumable, and waking a waiting reader. */
public abstract class LiveEventStreamContract {
    private static final Duration NO_WAIT = Duration.ofMillis(1);
    private final AccountId ana = new AccountId("ana-" + System.nanoTime());
    private final AccountId bob = new AccountId("bob-" + System.nanoTime());
    private LiveEventStream stream;

    protected abstract LiveEventStream newStream();

    @BeforeEach
    void setUpStream() {
        stream = newStream();
    }

    @Test
    void events_come_back_in_order_after_any_position_and_only_to_their_person() {
        assertThat(stream.latest(ana)).isEqualTo(LiveEventPosition.START);
        LiveEventPosition first = stream.append(ana, "message.created", "{\"body\":\"appeler la pharmacie 💊\"}");
        stream.append(bob, "message.created", "{\"body\":\"bob's\"}");
        LiveEventPosition second = stream.append(ana, "conversation.changed", "{\"title\":\"t\"}");

        List<LiveEvent> all = stream.readAfter(ana, LiveEventPosition.START, 10, NO_WAIT);
        assertThat(all).extracting(LiveEvent::type).containsExactly("message.created", "conversation.changed");
        assertThat(all.get(0).json()).isEqualTo("{\"body\":\"appeler la pharmacie 💊\"}");
        assertThat(all).extracting(LiveEvent::position).containsExactly(first, second);
        assertThat(first).isLessThan(second);
        assertThat(stream.readAfter(ana, first, 10, NO_WAIT)).extracting(LiveEvent::position).containsExactly(second);
        assertThat(stream.readAfter(ana, second, 10, NO_WAIT)).isEmpty();
        assertThat(stream.latest(ana)).isEqualTo(second);
        assertThat(stream.readAfter(ana, LiveEventPosition.START, 1, NO_WAIT)).hasSize(1);
    }

    @Test
    void a_waiting_reader_wakes_up_with_an_event_appended_meanwhile() throws Exception {
        LiveEventPosition now = stream.latest(ana);
        CompletableFuture<List<LiveEvent>> reader =
                CompletableFuture.supplyAsync(() -> stream.readAfter(ana, now, 10, Duration.ofSeconds(5)));
        Thread.sleep(200);
        long appendedAt = System.nanoTime();
        stream.append(ana, "message.created", "{}");

        List<LiveEvent> read = reader.get(5, TimeUnit.SECONDS);
        assertThat(read).extracting(LiveEvent::type).containsExactly("message.created");
        assertThat(Duration.ofNanos(System.nanoTime() - appendedAt)).as("woken, not timed out")
                .isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void a_wait_without_events_answers_nothing_once_it_is_over() {
        long started = System.nanoTime();

        assertThat(stream.readAfter(ana, stream.latest(ana), 10, Duration.ofMillis(300))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    }

    @Test
    void the_last_thousand_events_of_a_person_are_kept() {
        for (int i = 0; i < 1_050; i++) {
            stream.append(ana, "message.created", "{\"n\":" + i + "}");
        }

        List<LiveEvent> kept = new java.util.ArrayList<>();
        LiveEventPosition after = LiveEventPosition.START;
        List<LiveEvent> batch;
        while (!(batch = stream.readAfter(ana, after, 500, NO_WAIT)).isEmpty()) {
            kept.addAll(batch);
            after = batch.get(batch.size() - 1).position();
        }
        assertThat(kept.size()).isBetween(1_000, 1_050);
        assertThat(kept.get(kept.size() - 1).json()).isEqualTo("{\"n\":1049}");
    }
}
