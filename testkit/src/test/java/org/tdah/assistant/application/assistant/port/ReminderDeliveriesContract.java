package org.tdah.assistant.application.assistant.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.assistant.Firing;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.assistant.ReminderStatus;
import org.tdah.assistant.domain.assistant.ReminderText;
import org.tdah.assistant.domain.assistant.Schedule;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.ReminderChannel;

/** What every implementation of {@link ReminderDeliveries} must do: each delivery is claimed once. */
public abstract class ReminderDeliveriesContract {
    private static final Instant FIRING = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final Instant NOW = FIRING.plusSeconds(2);

    private final OrderedIds ids = new OrderedIds();
    private ReminderDeliveries deliveries;
    private Reminders reminders;
    private ReminderId reminder;

    protected abstract ReminderDeliveries newDeliveries();

    /** The reminders of the same store, which deliveries refer to. */
    protected abstract Reminders newReminders();

    /** An account reminders may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpDeliveries() {
        deliveries = newDeliveries();
        reminders = newReminders();
        reminder = aReminder();
    }

    private ReminderId aReminder() {
        Reminder stored = new Reminder(new ReminderId(ids.next()), anAccount(), new ItemNumber(1),
                new ReminderText("Appeler la banque"), new Schedule.Once(LocalDateTime.of(2026, 12, 1, 11, 0)),
                ZoneId.of("Europe/Paris"), ReminderStatus.SCHEDULED, Optional.of(FIRING), Optional.empty(),
                Optional.of(Firing.at(FIRING, 0)), Optional.empty(), FIRING);
        reminders.add(stored);
        return stored.id();
    }

    @Test
    void a_delivery_is_claimed_once() {
        assertThat(deliveries.claim(reminder, FIRING, ReminderChannel.SMS, NOW)).isTrue();

        assertThat(deliveries.claim(reminder, FIRING, ReminderChannel.SMS, NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void a_delivery_is_keyed_by_reminder_planned_firing_and_channel() {
        deliveries.claim(reminder, FIRING, ReminderChannel.SMS, NOW);

        assertThat(deliveries.claim(reminder, FIRING, ReminderChannel.WEB, NOW)).isTrue();
        assertThat(deliveries.claim(reminder, FIRING.plusSeconds(600), ReminderChannel.SMS, NOW)).isTrue();
        assertThat(deliveries.claim(aReminder(), FIRING, ReminderChannel.SMS, NOW)).isTrue();
    }

    @Test
    void a_released_claim_can_be_claimed_again() {
        deliveries.claim(reminder, FIRING, ReminderChannel.SMS, NOW);

        deliveries.release(reminder, FIRING, ReminderChannel.SMS);

        assertThat(deliveries.claim(reminder, FIRING, ReminderChannel.SMS, NOW.plusSeconds(60))).isTrue();
        assertThat(deliveries.claim(reminder, FIRING, ReminderChannel.SMS, NOW.plusSeconds(61))).isFalse();
    }

    @Test
    void a_sent_delivery_is_never_claimed_again_even_after_a_release() {
        deliveries.claim(reminder, FIRING, ReminderChannel.EMAIL, NOW);
        deliveries.sent(reminder, FIRING, ReminderChannel.EMAIL, NOW.plusSeconds(1));

        assertThat(deliveries.claim(reminder, FIRING, ReminderChannel.EMAIL, NOW.plusSeconds(60))).isFalse();
        deliveries.release(reminder, FIRING, ReminderChannel.EMAIL);
        assertThat(deliveries.claim(reminder, FIRING, ReminderChannel.EMAIL, NOW.plusSeconds(120))).isFalse();
    }

    @Test
    void a_failed_delivery_is_never_claimed_again_even_after_a_release() {
        deliveries.claim(reminder, FIRING, ReminderChannel.SMS, NOW);
        deliveries.failed(reminder, FIRING, ReminderChannel.SMS, "21610: the number opted out", NOW.plusSeconds(1));

        assertThat(deliveries.claim(reminder, FIRING, ReminderChannel.SMS, NOW.plusSeconds(60))).isFalse();
        deliveries.release(reminder, FIRING, ReminderChannel.SMS);
        assertThat(deliveries.claim(reminder, FIRING, ReminderChannel.SMS, NOW.plusSeconds(120))).isFalse();
    }

    @Test
    void releasing_a_delivery_never_claimed_changes_nothing() {
        deliveries.release(reminder, FIRING, ReminderChannel.WEB);

        assertThat(deliveries.claim(reminder, FIRING, ReminderChannel.WEB, NOW)).isTrue();
    }
}
