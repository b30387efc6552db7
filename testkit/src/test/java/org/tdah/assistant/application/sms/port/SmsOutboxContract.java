package org.tdah.assistant.application.sms.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.application.sms.QueuedText;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * What every implementation of {@link SmsOutbox} must do: texts leave each number oldest first at
 * its pace, whoever claims them; no two claimers get one text; a claim that ran out unsettled is
 * lost, never tried again; a retry waits for its time, a failure is final.
 */
public abstract class SmsOutboxContract {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final Duration SPACING = Duration.ofSeconds(1);
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final PhoneNumber OURS = new PhoneNumber("+14155550123");
    private static final PhoneNumber OTHER_OF_OURS = new PhoneNumber("+14155550124");
    private static final PhoneNumber LEA = new PhoneNumber("+33612345678");
    private static final PhoneNumber SAM = new PhoneNumber("+447700900123");

    private final OrderedIds ids = new OrderedIds();
    private SmsOutbox outbox;
    private Transactions transactions;

    /** The outbox under test, emptied of every earlier test's texts and paces. */
    protected abstract SmsOutbox newOutbox();

    /** Transactions over the same store. */
    protected abstract Transactions newTransactions();

    /** An account a text may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpOutbox() {
        outbox = newOutbox();
        transactions = newTransactions();
    }

    private QueuedText queued(PhoneNumber from, PhoneNumber to, Instant at) {
        QueuedText text = new QueuedText(ids.next(), from, to, "Rappel : appeler le dentiste", Optional.empty(), 0, at,
                Optional.empty());
        outbox.enqueue(text);
        return text;
    }

    private List<String> claimedIds(Instant now) {
        return outbox.claimReady(now, SPACING, CLAIM, 10).stream().map(QueuedText::id).toList();
    }

    @Test
    void a_claimed_text_comes_back_field_for_field_with_the_request_id_that_queued_it() {
        QueuedText text = new QueuedText(ids.next(), OURS, LEA, "Bonjour Léa 👋, ta tâche n°3 est notée.",
                Optional.of(anAccount()), 2, AT, Optional.of("req-7d1e"));
        outbox.enqueue(text);

        assertThat(outbox.claimReady(AT, SPACING, CLAIM, 10)).containsExactly(text);
    }

    @Test
    void a_text_is_ready_from_the_time_it_was_queued() {
        QueuedText text = queued(OURS, LEA, AT);

        assertThat(claimedIds(AT.minusNanos(1_000))).isEmpty();
        assertThat(claimedIds(AT)).containsExactly(text.id());
    }

    @Test
    void a_number_sends_its_second_text_only_once_the_spacing_has_passed() {
        QueuedText first = queued(OURS, LEA, AT);
        QueuedText second = queued(OURS, SAM, AT.plusNanos(1_000));
        Instant now = AT.plusSeconds(5);

        assertThat(claimedIds(now)).containsExactly(first.id());
        outbox.sent(first.id(), "SM1", now.plusMillis(100));

        assertThat(claimedIds(now.plus(SPACING).minusNanos(1_000))).isEmpty();
        assertThat(claimedIds(now.plus(SPACING))).containsExactly(second.id());
    }

    @Test
    void texts_from_two_numbers_are_claimed_at_once_oldest_first() {
        QueuedText fromOther = queued(OTHER_OF_OURS, LEA, AT);
        QueuedText fromOurs = queued(OURS, LEA, AT.plusSeconds(1));
        queued(OURS, SAM, AT.plusSeconds(2));

        assertThat(claimedIds(AT.plusSeconds(5))).containsExactly(fromOther.id(), fromOurs.id());
    }

    @Test
    void a_claim_takes_at_most_the_limit_the_numbers_with_the_oldest_texts_first() {
        List<String> oldestOfEach = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            oldestOfEach.add(queued(new PhoneNumber("+1415555020" + i), LEA, AT.plusSeconds(10 - i)).id());
        }

        List<String> claimed = outbox.claimReady(AT.plusSeconds(20), SPACING, CLAIM, 2).stream()
                .map(QueuedText::id).toList();

        assertThat(claimed).containsExactly(oldestOfEach.get(4), oldestOfEach.get(3));
        assertThat(claimedIds(AT.plusSeconds(20))).containsExactly(oldestOfEach.get(2), oldestOfEach.get(1),
                oldestOfEach.get(0));
    }

    @Test
    void claimers_racing_never_get_one_text_twice_nor_two_texts_of_one_number_within_the_spacing() {
        List<PhoneNumber> senders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            PhoneNumber sender = new PhoneNumber("+1415555030" + i);
            senders.add(sender);
            for (int j = 0; j < 3; j++) {
                queued(sender, LEA, AT.plusMillis(10L * j + i));
            }
        }
        Instant now = AT.plusSeconds(5);

        List<List<QueuedText>> claims = Race.of(6, i -> outbox.claimReady(now, SPACING, CLAIM, 3));

        List<QueuedText> everyClaim = claims.stream().flatMap(List::stream).toList();
        assertThat(everyClaim).extracting(QueuedText::id).doesNotHaveDuplicates();
        assertThat(everyClaim).extracting(QueuedText::from).containsExactlyInAnyOrderElementsOf(senders);
    }

    @Test
    void a_claim_that_ran_out_unsettled_is_lost_never_returned_nor_retried() {
        QueuedText cut = queued(OURS, LEA, AT);
        Instant claimedAt = AT.plusSeconds(5);
        assertThat(claimedIds(claimedAt)).containsExactly(cut.id());

        assertThat(claimedIds(claimedAt.plus(CLAIM).minusNanos(1_000))).isEmpty();
        assertThat(outbox.waiting()).isEqualTo(1);

        assertThat(claimedIds(claimedAt.plus(CLAIM))).isEmpty();
        assertThat(outbox.waiting()).isZero();

        QueuedText next = queued(OURS, SAM, claimedAt.plus(CLAIM));
        outbox.retryAt(cut.id(), claimedAt.plus(CLAIM), "timeout");
        assertThat(claimedIds(claimedAt.plus(CLAIM).plusSeconds(1))).containsExactly(next.id());
        outbox.sent(next.id(), "SM2", claimedAt.plus(CLAIM).plusSeconds(2));

        assertThat(claimedIds(AT.plus(Duration.ofHours(1)))).isEmpty();
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void a_text_to_retry_is_ready_again_at_its_time_with_one_attempt_more() {
        QueuedText text = queued(OURS, LEA, AT);
        claimedIds(AT);

        outbox.retryAt(text.id(), AT.plusSeconds(60), "503 from the provider");

        assertThat(claimedIds(AT.plusSeconds(59))).isEmpty();
        assertThat(outbox.claimReady(AT.plusSeconds(60), SPACING, CLAIM, 10)).singleElement()
                .satisfies(again -> {
                    assertThat(again.id()).isEqualTo(text.id());
                    assertThat(again.attempts()).isEqualTo(1);
                });
        assertThat(outbox.waiting()).isEqualTo(1);
    }

    @Test
    void a_sent_or_failed_text_is_never_claimed_again() {
        QueuedText sent = queued(OURS, LEA, AT);
        QueuedText failed = queued(OTHER_OF_OURS, LEA, AT);
        claimedIds(AT);

        outbox.sent(sent.id(), "SM1", AT.plusSeconds(1));
        outbox.failed(failed.id(), "21211: invalid number", AT.plusSeconds(1));
        outbox.retryAt(failed.id(), AT.plusSeconds(2), "too late");

        assertThat(claimedIds(AT.plus(Duration.ofHours(1)))).isEmpty();
        assertThat(outbox.waiting()).isZero();
    }

    @Test
    void the_texts_queued_to_one_recipient_are_counted_since_a_time_in_any_state() {
        QueuedText early = queued(OURS, LEA, AT);
        queued(OURS, LEA, AT.plusSeconds(10));
        queued(OTHER_OF_OURS, LEA, AT.plusSeconds(20));
        queued(OURS, SAM, AT.plusSeconds(20));
        claimedIds(AT.plusSeconds(30));
        outbox.failed(early.id(), "21610", AT.plusSeconds(31));

        assertThat(outbox.queuedTo(LEA, AT)).isEqualTo(3);
        assertThat(outbox.queuedTo(LEA, AT.plusSeconds(10))).isEqualTo(2);
        assertThat(outbox.queuedTo(LEA, AT.plusSeconds(21))).isZero();
        assertThat(outbox.queuedTo(SAM, AT)).isEqualTo(1);
    }

    @Test
    void the_waiting_count_holds_ready_and_claimed_texts() {
        QueuedText first = queued(OURS, LEA, AT);
        queued(OURS, SAM, AT.plusSeconds(1));
        queued(OTHER_OF_OURS, SAM, AT.plusSeconds(2));
        assertThat(outbox.waiting()).isEqualTo(3);

        claimedIds(AT.plusSeconds(3));
        assertThat(outbox.waiting()).isEqualTo(3);

        outbox.sent(first.id(), "SM1", AT.plusSeconds(4));
        assertThat(outbox.waiting()).isEqualTo(2);
    }

    @Test
    void a_text_queued_in_a_transaction_that_rolls_back_is_never_sent() {
        IllegalStateException broken = new IllegalStateException("the reply could not be filed");

        Throwable failure = catchThrowable(() -> transactions.inTransaction(() -> {
            queued(OURS, LEA, AT);
            throw broken;
        }));

        assertThat(failure).isSameAs(broken);
        assertThat(claimedIds(AT.plusSeconds(1))).isEmpty();
        assertThat(outbox.waiting()).isZero();
        QueuedText later = transactions.inTransaction(() -> queued(OURS, LEA, AT.plusSeconds(2)));
        assertThat(claimedIds(AT.plusSeconds(3))).containsExactly(later.id());
    }
}
