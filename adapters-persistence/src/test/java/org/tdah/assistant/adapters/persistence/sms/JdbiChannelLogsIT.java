package org.tdah.assistant.adapters.persistence.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.sms.ChannelExchange;
import org.tdah.assistant.application.sms.port.ChannelLogs;
import org.tdah.assistant.application.sms.port.ChannelLogs.ChannelLogEntry;
import org.tdah.assistant.application.sms.port.ChannelLogsContract;

class JdbiChannelLogsIT extends ChannelLogsContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @Override
    protected ChannelLogs newChannelLogs() {
        TestDatabase.truncateAll(DATABASE);
        return new JdbiChannelLogs(DATABASE, 1_000, Duration.ofMillis(20));
    }

    private static ChannelExchange exchange(String response) {
        return new ChannelExchange(Instant.parse("2026-12-01T10:00:00Z"), ChannelExchange.Direction.INCOMING, "POST",
                "https://sms.example.org/sms", 200, "MessageSid=SM1", response, Duration.ofMillis(3),
                Optional.of("SM1"), Optional.empty());
    }

    @Test
    void an_exchange_recorded_in_a_transaction_that_rolls_back_is_kept() {
        ChannelLogs logs = newChannelLogs();
        ChannelExchange exchange = exchange("<Response/>");

        catchThrowable(() -> DATABASE.inTransaction(handle -> {
            logs.record(exchange);
            throw new IllegalStateException("the work failed after the exchange");
        }));

        assertThat(logs.newest(10, Optional.empty())).extracting(ChannelLogEntry::exchange).containsExactly(exchange);
    }

    @Test
    void an_exchange_that_cannot_be_kept_is_dropped_without_failing_the_caller_or_its_transaction() {
        ChannelLogs logs = newChannelLogs();

        String answer = DATABASE.inTransaction(handle -> {
            logs.record(exchange("PostgreSQL refuses text with a \u0000 in it"));
            return handle.createQuery("SELECT 'still usable'").mapTo(String.class).one();
        });

        assertThat(answer).isEqualTo("still usable");
        assertThat(logs.newest(10, Optional.empty())).isEmpty();
    }

    @Test
    void exchanges_are_written_behind_the_caller_and_closing_writes_those_still_queued() throws InterruptedException {
        TestDatabase.truncateAll(DATABASE);
        JdbiChannelLogs byItself = new JdbiChannelLogs(DATABASE, 100, Duration.ofMillis(10));
        byItself.record(exchange("<Response/>"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (rows() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(rows()).as("written by the writer thread, without a read or a close").isEqualTo(1);
        byItself.close();

        JdbiChannelLogs slow = new JdbiChannelLogs(DATABASE, 10_000, Duration.ofHours(1));
        for (int i = 0; i < 1_200; i++) {
            slow.record(exchange("<Response/>"));
        }
        slow.close();
        assertThat(rows()).isEqualTo(1_201);
    }

    @Test
    void an_entry_postgresql_refuses_in_a_batch_drops_only_itself_and_keeps_the_others_once() {
        TestDatabase.truncateAll(DATABASE);
        JdbiChannelLogs logs = new JdbiChannelLogs(DATABASE, 100, Duration.ofHours(1));
        logs.record(exchange("first"));
        logs.record(exchange("refused: \u0000"));
        logs.record(exchange("last"));

        logs.close();

        List<String> kept = DATABASE.withHandle(handle -> handle.createQuery(
                "SELECT response FROM sms_channel_logs ORDER BY id").mapTo(String.class).list());
        assertThat(kept).containsExactly("first", "last");
    }

    @Test
    void with_its_queue_full_the_caller_writes_its_own_exchange() {
        TestDatabase.truncateAll(DATABASE);
        JdbiChannelLogs tiny = new JdbiChannelLogs(DATABASE, 1, Duration.ofHours(1));
        for (int i = 0; i < 50; i++) {
            tiny.record(exchange("<Response/>"));
        }
        tiny.close();

        assertThat(rows()).isEqualTo(50);
    }

    @Test
    void exchanges_read_at_once_after_they_were_recorded_are_all_there_in_the_order_they_came() {
        for (int round = 0; round < 40; round++) {
            TestDatabase.truncateAll(DATABASE);
            JdbiChannelLogs logs = new JdbiChannelLogs(DATABASE, 1_000, Duration.ofMillis(1));
            try {
                List<String> recorded = new ArrayList<>();
                for (int n = 0; n < 6; n++) {
                    recorded.add("<Response n=" + round + "." + n + "/>");
                    logs.record(exchange(recorded.get(n)));
                }

                List<String> read = logs.newest(10, Optional.empty()).stream()
                        .map(entry -> entry.exchange().response()).toList();

                Collections.reverse(recorded);
                assertThat(read).as("round %d", round).containsExactlyElementsOf(recorded);
            } finally {
                logs.close();
            }
        }
    }

    private static long rows() {
        return DATABASE.withHandle(handle -> handle.createQuery("SELECT count(*) FROM sms_channel_logs")
                .mapTo(Long.class).one());
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
