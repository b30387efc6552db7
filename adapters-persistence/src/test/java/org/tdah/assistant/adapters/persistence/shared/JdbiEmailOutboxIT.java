package org.tdah.assistant.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.adapters.persistence.postgres.AesGcmCipher;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.testing.TestDatabase;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.PendingEmail;
import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.testkit.shared.InMemoryCorrelation;
import org.tdah.assistant.application.shared.port.EmailOutboxContract;
import org.tdah.assistant.domain.identity.EmailAddress;

class JdbiEmailOutboxIT extends EmailOutboxContract {
    private static final PostgresDatabase DATABASE = TestDatabase.migrated();
    private static final AesGcmCipher CIPHER = AesGcmCipher.fromBase64Key(Base64.getEncoder().encodeToString(new byte[32]));
    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    @Override
    protected EmailOutbox newOutbox(Correlation correlation) {
        TestDatabase.truncateAll(DATABASE);
        return new JdbiEmailOutbox(DATABASE, CIPHER, correlation);
    }

    private static EmailMessage messageWithSecret() {
        return new EmailMessage(UUID.randomUUID().toString(), EmailAddress.parse("sam@example.org"),
                "Reset your password", "Your code: very-secret-code-123");
    }

    @Test
    void a_body_is_stored_encrypted_and_erased_once_sent() {
        EmailOutbox outbox = newOutbox(new InMemoryCorrelation());
        EmailMessage message = messageWithSecret();
        outbox.enqueue(message, NOW);

        Integer readable = DATABASE.withHandle(handle -> handle.createQuery(
                "SELECT count(*) FROM email_outbox WHERE position(convert_to('very-secret', 'UTF8') in body_encrypted) > 0")
                .mapTo(Integer.class).one());
        assertThat(readable).isZero();

        outbox.markSent(message.id(), NOW);
        Integer bodies = DATABASE.withHandle(handle -> handle.createQuery(
                "SELECT count(body_encrypted) FROM email_outbox").mapTo(Integer.class).one());
        assertThat(bodies).isZero();
    }

    @Test
    void a_due_email_locked_by_one_worker_is_skipped_by_another() throws Exception {
        EmailOutbox outbox = newOutbox(new InMemoryCorrelation());
        outbox.enqueue(messageWithSecret(), NOW);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<List<PendingEmail>> first = worker.submit(() -> DATABASE.inTransaction(handle -> {
                List<PendingEmail> taken = outbox.lockDue(NOW, 10);
                locked.countDown();
                awaitQuietly(release);
                return taken;
            }));
            locked.await();

            List<PendingEmail> second = DATABASE.inTransaction(handle -> outbox.lockDue(NOW, 10));
            release.countDown();

            assertThat(first.get()).hasSize(1);
            assertThat(second).isEmpty();
        } finally {
            worker.shutdownNow();
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
