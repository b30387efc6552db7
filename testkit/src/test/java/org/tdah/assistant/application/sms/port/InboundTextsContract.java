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
import org.tdah.assistant.application.sms.InboundText;
import org.tdah.assistant.application.sms.RoutingOutcome;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * What every implementation of {@link InboundTexts} must do: a text is kept once per provider id
 * however its deliveries race, leased to one claimer at a time, waiting again when its lease ran
 * out unrouted, and routed once.
 */
public abstract class InboundTextsContract {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final PhoneNumber LEA = new PhoneNumber("+33612345678");
    private static final PhoneNumber OURS = new PhoneNumber("+14155550123");

    private final OrderedIds ids = new OrderedIds();
    private InboundTexts texts;
    private Transactions transactions;

    /** The intake queue under test, emptied of every earlier test's texts. */
    protected abstract InboundTexts newInboundTexts();

    /** Transactions over the same store. */
    protected abstract Transactions newTransactions();

    /** An account a text may be routed to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpTexts() {
        texts = newInboundTexts();
        transactions = newTransactions();
    }

    private InboundText text(String sid, Instant receivedAt) {
        return text(sid, LEA, receivedAt);
    }

    private InboundText text(String sid, PhoneNumber from, Instant receivedAt) {
        return new InboundText(ids.next(), sid, from, OURS, "Rappelle-moi d'appeler le dentiste à 15h 🦷", 1, receivedAt,
                Optional.empty());
    }

    private InboundText received(Instant receivedAt) {
        return received(LEA, receivedAt);
    }

    private InboundText received(PhoneNumber from, Instant receivedAt) {
        InboundText text = text("SM" + UUID.randomUUID().toString().replace("-", ""), from, receivedAt);
        assertThat(texts.receive(text)).isTrue();
        return text;
    }

    private static PhoneNumber sender(int number) {
        return new PhoneNumber("+1415666" + String.format("%04d", number));
    }

    private static List<String> idsOf(List<InboundText> list) {
        return list.stream().map(InboundText::id).toList();
    }

    @Test
    void a_text_is_kept_once_per_provider_id() {
        InboundText first = text("SM0001", AT);

        assertThat(texts.receive(first)).isTrue();
        assertThat(texts.receive(text("SM0001", AT.plusSeconds(5)))).isFalse();

        assertThat(texts.waiting()).isEqualTo(1);
        assertThat(texts.claimWaiting(10, AT.plusSeconds(10), AT.plusSeconds(10).plus(LEASE))).containsExactly(first);
    }

    @Test
    void of_twenty_deliveries_of_one_text_arriving_at_once_exactly_one_is_kept() {
        List<Boolean> answers = Race.of(20, i -> texts.receive(text("SM-raced", AT.plusMillis(i))));

        assertThat(answers).containsOnlyOnce(true);
        assertThat(texts.waiting()).isEqualTo(1);
    }

    @Test
    void a_claimed_text_comes_back_field_for_field_with_the_request_id_that_delivered_it() {
        InboundText text = new InboundText(ids.next(), "SMabc", LEA, OURS, "x".repeat(1_600), 11, AT,
                Optional.of("0b5c43e6-9d2e-4c4e-8f0a-2f1d6c7e9a11"));
        texts.receive(text);

        assertThat(texts.claimWaiting(1, AT, AT.plus(LEASE))).containsExactly(text);
    }

    @Test
    void the_oldest_waiting_texts_are_claimed_first_and_leased_to_their_claimer() {
        InboundText second = received(sender(2), AT.plusSeconds(2));
        InboundText first = received(sender(1), AT.plusSeconds(1));
        InboundText third = received(sender(3), AT.plusSeconds(3));
        Instant now = AT.plusSeconds(10);

        assertThat(idsOf(texts.claimWaiting(2, now, now.plus(LEASE)))).containsExactly(first.id(), second.id());
        assertThat(idsOf(texts.claimWaiting(10, now.plusSeconds(1), now.plus(LEASE)))).containsExactly(third.id());
        assertThat(texts.claimWaiting(10, now.plus(LEASE).minusNanos(1_000), now.plus(LEASE).plusSeconds(30))).isEmpty();
        assertThat(texts.waiting()).isEqualTo(3);
    }

    @Test
    void a_senders_texts_are_claimed_one_at_a_time_and_in_order() {
        InboundText first = received(AT);
        InboundText second = received(AT.plusSeconds(1));
        Instant now = AT.plusSeconds(10);

        assertThat(idsOf(texts.claimWaiting(10, now, now.plus(LEASE)))).containsExactly(first.id());
        assertThat(texts.claimWaiting(10, now.plusSeconds(1), now.plus(LEASE))).as("the first one is being routed")
                .isEmpty();
        texts.routed(first.id(), RoutingOutcome.ANSWERED, Optional.empty(), now.plusSeconds(2));

        assertThat(idsOf(texts.claimWaiting(10, now.plusSeconds(3), now.plus(LEASE)))).containsExactly(second.id());
    }

    @Test
    void senders_flooding_the_intake_hold_up_no_other_sender() {
        List<InboundText> flood = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            flood.add(received(sender(1), AT.plusMillis(i)));
        }
        List<InboundText> otherFlood = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            otherFlood.add(received(sender(3), AT.plusMillis(i)));
        }
        InboundText late = received(sender(2), AT.plusSeconds(1));
        Instant now = AT.plusSeconds(2);

        assertThat(idsOf(texts.claimWaiting(1, now, now.plus(LEASE)))).as("the sender with the fewest texts waiting first")
                .containsExactly(late.id());
        assertThat(idsOf(texts.claimWaiting(5, now, now.plus(LEASE)))).as("what a claim takes comes back oldest first")
                .containsExactly(flood.get(0).id(), otherFlood.get(0).id());
    }

    @Test
    void a_text_whose_lease_ran_out_unrouted_is_waiting_again() {
        InboundText routed = received(AT);
        InboundText abandoned = received(AT.plusSeconds(1));
        texts.claimWaiting(10, AT, AT.plus(LEASE));
        texts.routed(routed.id(), RoutingOutcome.ANSWERED, Optional.empty(), AT.plusSeconds(2));

        List<InboundText> again = texts.claimWaiting(10, AT.plus(LEASE), AT.plus(LEASE).plus(LEASE));

        assertThat(idsOf(again)).containsExactly(abandoned.id());
    }

    @Test
    void two_claimers_racing_never_get_the_same_text() {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            kept.add(received(sender(i), AT.plusMillis(i)).id());
        }
        Instant now = AT.plusSeconds(1);

        List<List<String>> claims = Race.of(6, i -> {
            List<String> mine = new ArrayList<>();
            List<InboundText> batch;
            do {
                batch = texts.claimWaiting(4, now, now.plus(LEASE));
                mine.addAll(idsOf(batch));
            } while (!batch.isEmpty());
            return mine;
        });

        List<String> everyClaim = claims.stream().flatMap(List::stream).toList();
        assertThat(everyClaim).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(kept);
    }

    @Test
    void a_routed_text_is_never_claimed_again_and_routing_it_twice_answers_false() {
        InboundText text = received(AT);
        AccountId person = anAccount();
        texts.claimWaiting(1, AT, AT.plus(LEASE));

        assertThat(texts.routed(text.id(), RoutingOutcome.ANSWERED, Optional.of(person), AT.plusSeconds(1))).isTrue();
        assertThat(texts.routed(text.id(), RoutingOutcome.KEPT_UNANSWERED, Optional.of(person), AT.plusSeconds(2)))
                .isFalse();

        assertThat(texts.outcomeOf(text.messageSid())).contains(RoutingOutcome.ANSWERED);
        assertThat(texts.claimWaiting(10, AT.plus(LEASE).plusSeconds(1), AT.plus(LEASE).plusSeconds(60))).isEmpty();
        assertThat(texts.waiting()).isZero();
    }

    @Test
    void a_text_is_routed_once_even_when_a_router_whose_lease_ran_out_routes_it_too() {
        InboundText text = received(AT);
        texts.claimWaiting(1, AT, AT.plus(LEASE));
        texts.claimWaiting(1, AT.plus(LEASE), AT.plus(LEASE).plus(LEASE));

        assertThat(texts.routed(text.id(), RoutingOutcome.ONBOARDED, Optional.empty(), AT.plus(LEASE).plusSeconds(1)))
                .isTrue();
        assertThat(texts.routed(text.id(), RoutingOutcome.ANSWERED, Optional.empty(), AT.plus(LEASE).plusSeconds(2)))
                .isFalse();
        assertThat(texts.outcomeOf(text.messageSid())).contains(RoutingOutcome.ONBOARDED);
    }

    @Test
    void every_outcome_is_kept_and_read_back() {
        for (RoutingOutcome outcome : RoutingOutcome.values()) {
            InboundText text = received(AT);
            texts.routed(text.id(), outcome, Optional.empty(), AT.plusSeconds(1));

            assertThat(texts.outcomeOf(text.messageSid())).contains(outcome);
        }
    }

    @Test
    void a_waiting_or_unknown_text_has_no_outcome_and_routing_an_unknown_one_answers_false() {
        InboundText text = received(AT);

        assertThat(texts.outcomeOf(text.messageSid())).isEmpty();
        assertThat(texts.outcomeOf("SMunknown")).isEmpty();
        assertThat(texts.routed(ids.next(), RoutingOutcome.ANSWERED, Optional.empty(), AT)).isFalse();
    }

    @Test
    void the_waiting_count_holds_claimed_and_unclaimed_texts_until_they_are_routed() {
        InboundText first = received(sender(1), AT);
        received(sender(2), AT.plusSeconds(1));
        received(sender(3), AT.plusSeconds(2));
        texts.claimWaiting(2, AT, AT.plus(LEASE));
        assertThat(texts.waiting()).isEqualTo(3);

        texts.routed(first.id(), RoutingOutcome.IGNORED_LOOP, Optional.empty(), AT.plusSeconds(3));

        assertThat(texts.waiting()).isEqualTo(2);
    }

    @Test
    void routing_in_a_transaction_that_rolls_back_leaves_the_text_waiting() {
        InboundText text = received(AT);
        texts.claimWaiting(1, AT, AT.plus(LEASE));
        IllegalStateException broken = new IllegalStateException("the reply could not be filed");

        Throwable failure = catchThrowable(() -> transactions.inTransaction(() -> {
            assertThat(texts.routed(text.id(), RoutingOutcome.ANSWERED, Optional.empty(), AT.plusSeconds(1))).isTrue();
            throw broken;
        }));

        assertThat(failure).isSameAs(broken);
        assertThat(texts.outcomeOf(text.messageSid())).isEmpty();
        assertThat(idsOf(texts.claimWaiting(1, AT.plus(LEASE), AT.plus(LEASE).plus(LEASE)))).containsExactly(text.id());
    }
}
