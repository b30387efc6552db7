package org.tdah.assistant.application.assistant.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.assistant.Dialogue;
import org.tdah.assistant.application.assistant.port.AssistantEvents;
import org.tdah.assistant.application.assistant.port.Dialogues;
import org.tdah.assistant.application.assistant.port.ReminderDeliveries;
import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.application.assistant.support.Phrasing;
import org.tdah.assistant.application.assistant.support.QuietTime;
import org.tdah.assistant.application.assistant.support.ReminderPlans;
import org.tdah.assistant.application.identity.port.AccountPreferences;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.RetryPolicy;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.shared.port.TextMessages;
import org.tdah.assistant.domain.assistant.Firing;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.Preferences;
import org.tdah.assistant.domain.identity.ReminderChannel;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The delivery job: sends every reminder whose delivery is due, on the person's channels (a text to
 * their verified phone when they consented, an email through the outbox to their verified address,
 * an event to their open apps), then plans the next nag or occurrence. During quiet hours it waits
 * for their end; nothing reaches a disabled account.
 *
 * <p>Each delivery is claimed in the ledger, and the claim committed, before a channel is called:
 * a retry, a second instance or a restart never sends a claimed delivery again (sends are keyed
 * by reminder, planned firing and channel). Reminders are taken with a lock that other instances
 * skip, and held for {@code lease} while their texts are sent; a text the provider cannot take now
 * is released and retried with exponential backoff, and after the last attempt it is the dead
 * letter. A crash between a claim and the provider's answer leaves that one text unsent
 * rather than sent twice (docs/decisions/0022).
 */
public final class DeliverDueReminders {

    /** How many reminders one pass takes, how long texts being sent hold them, and the retries. */
    public record Settings(int batchSize, Duration lease, RetryPolicy retry) {
        public static final Settings DEFAULT = new Settings(200, Duration.ofMinutes(2),
                new RetryPolicy(Duration.ofSeconds(15), Duration.ofMinutes(10), 6));

        public Settings {
            Objects.requireNonNull(lease, "lease");
            Objects.requireNonNull(retry, "retry");
            if (batchSize < 1) {
                throw new IllegalArgumentException("a pass takes at least one reminder");
            }
        }
    }

    /**
     * One delivery a channel took: whether it was a nag (a round after the first), and how late it
     * went behind the time it was meant for: its planned time, or the end of the quiet hours that
     * planned time fell in (waiting for them is on purpose, not lateness).
     */
    public record Delivery(boolean nag, Duration late) {}

    /** What one run did, and the deliveries the channels took. */
    public record Report(int fired, int deferred, int retried, int deadLetters, List<Delivery> deliveries) {
        Report(int fired, int deferred, int retried, int deadLetters) {
            this(fired, deferred, retried, deadLetters, List.of());
        }

        /** The deliveries of nags, one per channel. */
        public int nags() {
            return (int) deliveries.stream().filter(Delivery::nag).count();
        }

        Report plus(Report other) {
            List<Delivery> both = new ArrayList<>(deliveries);
            both.addAll(other.deliveries);
            return new Report(fired + other.fired, deferred + other.deferred, retried + other.retried,
                    deadLetters + other.deadLetters, List.copyOf(both));
        }
    }

    /** How long the reminders of a disabled account wait before they are looked at again (none is sent). */
    private static final Duration WHILE_DISABLED = Duration.ofHours(1);

    /** A text to send once the claims are committed. */
    private record PendingText(Reminder reminder, Firing firing, PhoneNumber to, String body, Preferences chosen) {}

    /** Who a reminder goes to, read once per pass however many of their reminders are due. */
    private record Recipient(Optional<Account> account, Preferences chosen, Optional<PhoneNumber> phone) {}

    /** What the provider said about one text. */
    private record Sent(PendingText text, Optional<SmsSendResult> result, String error) {}

    private final Reminders reminders;
    private final ReminderDeliveries deliveries;
    private final Dialogues dialogues;
    private final Accounts accounts;
    private final AccountPreferences preferences;
    private final Phones phones;
    private final TextMessages texts;
    private final EmailOutbox emails;
    private final AssistantEvents events;
    private final ReminderPlans plans;
    private final Phrasing phrasing;
    private final Transactions transactions;
    private final Clock clock;
    private final Settings settings;

    public DeliverDueReminders(Reminders reminders, ReminderDeliveries deliveries, Dialogues dialogues,
            Accounts accounts, AccountPreferences preferences, Phones phones, TextMessages texts, EmailOutbox emails,
            AssistantEvents events, ReminderPlans plans, Phrasing phrasing, Transactions transactions, Clock clock,
            Settings settings) {
        this.reminders = reminders;
        this.deliveries = deliveries;
        this.dialogues = dialogues;
        this.accounts = accounts;
        this.preferences = preferences;
        this.phones = phones;
        this.texts = texts;
        this.emails = emails;
        this.events = events;
        this.plans = plans;
        this.phrasing = phrasing;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
    }

    /** Delivers what is due now, pass after pass, until a pass finds less than a full batch. */
    public Report deliverDue() {
        Report total = new Report(0, 0, 0, 0);
        while (true) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            List<PendingText> pendingTexts = new ArrayList<>();
            List<Reminder> fired = new ArrayList<>();
            Map<AccountId, Recipient> recipients = new HashMap<>();
            int[] deferred = {0};
            List<Delivery> delivered = new ArrayList<>();
            int taken = transactions.inTransaction(() -> {
                List<Reminder> due = reminders.dueForDelivery(now, settings.batchSize());
                for (Reminder reminder : due) {
                    Recipient recipient = recipients.computeIfAbsent(reminder.owner(), this::recipient);
                    if (!prepare(reminder, recipient, now, pendingTexts, fired, delivered)) {
                        deferred[0]++;
                    }
                }
                return due.size();
            });
            fired.forEach(events::reminderFired);
            List<Sent> sent = pendingTexts.stream().map(this::send).toList();
            Report pass = new Report(fired.size(), deferred[0], 0, 0, delivered);
            if (!sent.isEmpty()) {
                pass = pass.plus(transactions.inTransaction(() -> record(sent)));
            }
            total = total.plus(pass);
            if (taken < settings.batchSize()) {
                return total;
            }
        }
    }

    /**
     * Claims and hands over the deliveries of one reminder (email and event in this transaction),
     * queueing its text for after the commit; false when quiet hours defer it.
     */
    private boolean prepare(Reminder reminder, Recipient recipient, Instant now, List<PendingText> pendingTexts,
            List<Reminder> fired, List<Delivery> delivered) {
        Firing firing = reminder.firing().orElseThrow();
        Optional<Account> account = recipient.account();
        if (account.isEmpty()) {
            reminders.update(reminder.withFiring(Optional.empty()));
            return true;
        }
        if (account.get().isDisabled()) {
            reminders.update(reminder.withFiring(Optional.of(firing.deferredTo(now.plus(WHILE_DISABLED)))));
            return false;
        }
        Preferences chosen = recipient.chosen();
        Optional<Instant> quietEnd = QuietTime.endAfter(chosen.quietHours(), now, reminder.zone());
        if (quietEnd.isPresent()) {
            reminders.update(reminder.withFiring(Optional.of(firing.deferredTo(quietEnd.get()))));
            return false;
        }
        Language language = account.get().language();
        String body = phrasing.say(language, firing.round() == 0 ? "fired.first" : "fired.nag",
                reminder.number().value(), reminder.text().value());
        boolean textPending = false;
        for (ReminderChannel channel : chosen.reminderChannels()) {
            switch (channel) {
                case SMS -> {
                    Optional<PhoneNumber> phone = recipient.phone();
                    if (phone.isPresent() && deliveries.claim(reminder.id(), firing.at(), channel, now)) {
                        pendingTexts.add(new PendingText(reminder, firing, phone.get(), body, chosen));
                        textPending = true;
                    }
                }
                case EMAIL -> {
                    if (account.get().emailVerified() && deliveries.claim(reminder.id(), firing.at(), channel, now)) {
                        emails.enqueue(new EmailMessage("reminder-" + reminder.id() + "-" + firing.at().toEpochMilli(),
                                account.get().email(), phrasing.say(language, "email.reminder.subject",
                                        reminder.text().value()), body), now);
                        deliveries.sent(reminder.id(), firing.at(), channel, now);
                        delivered.add(delivery(firing, chosen, reminder.zone(), now));
                    }
                }
                case WEB -> {
                    if (deliveries.claim(reminder.id(), firing.at(), channel, now)) {
                        deliveries.sent(reminder.id(), firing.at(), channel, now);
                        delivered.add(delivery(firing, chosen, reminder.zone(), now));
                        fired.add(reminder);
                    }
                }
            }
        }
        dialogues.save(reminder.owner(), dialogues.of(reminder.owner()).orElse(Dialogue.EMPTY)
                .showing(new Dialogue.Item.OfReminder(reminder.id())));
        reminders.update(textPending
                ? reminder.withFiring(Optional.of(firing.deferredTo(now.plus(settings.lease()))))
                : plans.delivered(reminder, firing, now, chosen));
        return true;
    }

    private Recipient recipient(AccountId person) {
        Optional<Account> account = accounts.withId(person);
        Optional<PhoneNumber> phone = account.filter(found -> found.smsConsent() != null)
                .flatMap(found -> phones.of(found.id())).map(Phones.VerifiedPhone::number);
        return new Recipient(account, preferences.of(person).orElse(Preferences.DEFAULTS), phone);
    }

    /** Hands one text to the provider, outside any transaction. */
    private Sent send(PendingText text) {
        try {
            return new Sent(text, Optional.of(texts.send(new OutgoingSms(text.to(), text.body()))), "");
        } catch (DependencyUnavailableException unavailable) {
            return new Sent(text, Optional.empty(), unavailable.dependency() + " unavailable");
        }
    }

    /** Records what the provider said about each text of a pass, in one transaction. */
    private Report record(List<Sent> sent) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Report report = new Report(0, 0, 0, 0);
        for (Sent one : sent) {
            PendingText text = one.text();
            if (one.result().isEmpty()) {
                report = report.plus(retryOrGiveUp(text, one.error(), now));
            } else if (one.result().get() instanceof SmsSendResult.Accepted) {
                deliveries.sent(text.reminder().id(), text.firing().at(), ReminderChannel.SMS, now);
                moveOn(text, now);
                report = report.plus(new Report(0, 0, 0, 0,
                        List.of(delivery(text.firing(), text.chosen(), text.reminder().zone(), now))));
            } else {
                String refusal = one.result().get() instanceof SmsSendResult.Unsubscribed
                        ? "the recipient opted out" : "invalid number";
                deliveries.failed(text.reminder().id(), text.firing().at(), ReminderChannel.SMS, refusal, now);
                moveOn(text, now);
                report = report.plus(new Report(0, 0, 0, 1));
            }
        }
        return report;
    }

    private Report retryOrGiveUp(PendingText text, String error, Instant now) {
        Firing firing = text.firing();
        if (firing.failures() + 1 >= settings.retry().maxAttempts()) {
            deliveries.failed(text.reminder().id(), firing.at(), ReminderChannel.SMS, error, now);
            moveOn(text, now);
            return new Report(0, 0, 0, 1);
        }
        deliveries.release(text.reminder().id(), firing.at(), ReminderChannel.SMS);
        current(text).ifPresent(reminder -> reminders.update(reminder.withFiring(Optional.of(
                firing.failedUntil(now.plus(settings.retry().delayAfter(firing.failures() + 1)))))));
        return new Report(0, 0, 1, 0);
    }

    private static Delivery delivery(Firing firing, Preferences chosen, ZoneId zone, Instant sentAt) {
        Instant meantFor = QuietTime.endAfter(chosen.quietHours(), firing.at(), zone).orElse(firing.at());
        return new Delivery(firing.round() > 0, Duration.between(meantFor, sentAt));
    }

    /** Plans the next nag or occurrence, unless the person answered (or changed it) meanwhile. */
    private void moveOn(PendingText text, Instant now) {
        current(text).ifPresent(reminder -> reminders.update(plans.delivered(reminder, text.firing(), now,
                text.chosen())));
    }

    /** The reminder as stored, if its next delivery is still the one being sent. */
    private Optional<Reminder> current(PendingText text) {
        return reminders.withId(text.reminder().owner(), text.reminder().id())
                .filter(reminder -> reminder.firing().map(Firing::at).filter(text.firing().at()::equals).isPresent());
    }
}
