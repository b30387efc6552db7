package org.tdah.assistant.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.access.PermissionDecision;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.audit.Decision;
import org.tdah.assistant.domain.identity.AccountId;

/** The buffered decision log never loses a decision: not at shutdown, not when its buffer is full. */
class BufferedDecisionLogIT {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();

    @BeforeEach
    void emptyTheTrail() {
        TestDatabase.truncateAll(DATABASE);
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }

    private static PermissionDecision decision(int number) {
        return new PermissionDecision(new AccountId("account-" + number), new Permission("profile:read"),
                "GET /api/v1/users/me", Decision.ALLOW, new RequestOrigin("127.0.0.1", "it", "req-" + number),
                Instant.parse("2026-12-01T09:00:00Z").plusMillis(number));
    }

    private static long written() {
        return DATABASE.withHandle(handle -> handle.createQuery("SELECT count(*) FROM audit_entries WHERE category = 'decision'")
                .mapTo(Long.class).one());
    }

    @Test
    void decisions_reach_the_table_by_themselves_within_the_flush_interval() throws InterruptedException {
        BufferedDecisionLog log = new BufferedDecisionLog(DATABASE, 1_000, Duration.ofMillis(20));
        try {
            IntStream.range(0, 10).forEach(number -> log.record(decision(number)));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (written() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(written()).as("written by the writer thread, without flush or close").isEqualTo(10);
        } finally {
            log.close();
        }
    }

    @Test
    void a_clean_shutdown_writes_every_decision_still_buffered() {
        BufferedDecisionLog log = new BufferedDecisionLog(DATABASE, 10_000, Duration.ofHours(1));
        IntStream.range(0, 3_000).forEach(number -> log.record(decision(number)));

        log.close();

        assertThat(written()).isEqualTo(3_000);
    }

    @Test
    void with_its_buffer_full_each_request_writes_its_own_decision_and_none_is_lost() throws Exception {
        BufferedDecisionLog log = new BufferedDecisionLog(DATABASE, 1, Duration.ofMillis(5));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int first = thread * 100;
                writers.add(CompletableFuture.runAsync(
                        () -> IntStream.range(first, first + 100).forEach(number -> log.record(decision(number))), threads));
            }
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get();
        } finally {
            threads.shutdown();
            log.close();
        }

        long distinctRequests = DATABASE.withHandle(handle -> handle.createQuery(
                "SELECT count(DISTINCT request_id) FROM audit_entries").mapTo(Long.class).one());
        assertThat(written()).isEqualTo(800);
        assertThat(distinctRequests).isEqualTo(800);
    }

    @Test
    void after_close_a_decision_is_written_by_its_own_request() {
        BufferedDecisionLog log = new BufferedDecisionLog(DATABASE, 10, Duration.ofMillis(10));
        log.close();

        log.record(decision(1));

        assertThat(written()).isEqualTo(1);
    }
}
