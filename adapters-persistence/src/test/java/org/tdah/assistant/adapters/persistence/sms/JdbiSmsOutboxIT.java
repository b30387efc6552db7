package org.tdah.assistant.adapters.persistence.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.postgres.JdbiTransactions;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestAccounts;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.application.sms.QueuedText;
import org.tdah.assistant.application.sms.port.SmsOutbox;
import org.tdah.assistant.application.sms.port.SmsOutboxContract;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

class JdbiSmsOutboxIT extends SmsOutboxContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration SPACING = Duration.ofSeconds(1);
    private static final Duration CLAIM = Duration.ofMinutes(2);

    @Override
    protected SmsOutbox newOutbox() {
        TestDatabase.truncateAll(DATABASE);
        return new JdbiSmsOutbox(DATABASE);
    }

    @Override
    protected AccountId anAccount() {
        return TestAccounts.storedIn(DATABASE);
    }

    @Override
    protected Transactions newTransactions() {
        return new JdbiTransactions(DATABASE);
    }

    private static QueuedText queued(SmsOutbox outbox, String from, Instant at) {
        QueuedText text = new QueuedText(UUID.randomUUID().toString(), new PhoneNumber(from),
                new PhoneNumber("+33612345678"), "Rappel", Optional.empty(), 0, at, Optional.empty());
        outbox.enqueue(text);
        return text;
    }

    @Test
    void a_number_being_claimed_in_an_open_transaction_is_skipped_by_another_claimer_without_waiting() throws Exception {
        SmsOutbox outbox = newOutbox();
        QueuedText oldest = queued(outbox, "+14155550123", NOW.minusSeconds(2));
        QueuedText fromOther = queued(outbox, "+14155550124", NOW.minusSeconds(1));
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService instance = Executors.newSingleThreadExecutor();
        try {
            Future<List<QueuedText>> first = instance.submit(() -> DATABASE.inTransaction(handle -> {
                List<QueuedText> mine = outbox.claimReady(NOW, SPACING, CLAIM, 1);
                claimed.countDown();
                awaitQuietly(finish);
                return mine;
            }));
            assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();

            List<QueuedText> second = outbox.claimReady(NOW, SPACING, CLAIM, 10);
            finish.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).containsExactly(oldest);
            assertThat(second).containsExactly(fromOther);
            assertThat(outbox.claimReady(NOW, SPACING, CLAIM, 10)).isEmpty();
        } finally {
            finish.countDown();
            instance.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterAll
    static void closeDatabase() {
        DATABASE.close();
    }
}
