package org.tdah.assistant.application.assistant.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.assistant.port.CheckIns;
import org.tdah.assistant.application.assistant.support.Phrasing;
import org.tdah.assistant.application.assistant.support.TodayList;
import org.tdah.assistant.application.identity.port.AccountPreferences;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.port.TextMessages;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Preferences;
import org.tdah.assistant.domain.identity.ReminderChannel;

/**
 * The daily check-in: at the time a person chose, in their zone, a short list of today's reminders
 * and open tasks with at most three highlighted, by text (when they consented and have a verified
 * phone) and by email when those are among their channels. A day with nothing to say sends
 * nothing. Each person gets one check-in per local day at most, whatever the number of instances.
 */
public final class SendCheckIns {
    private static final int PEOPLE_PER_PASS = 100;

    private final CheckIns checkIns;
    private final TodayList today;
    private final Accounts accounts;
    private final AccountPreferences preferences;
    private final Phones phones;
    private final TextMessages texts;
    private final EmailOutbox emails;
    private final Phrasing phrasing;
    private final Transactions transactions;
    private final Clock clock;

    public SendCheckIns(CheckIns checkIns, TodayList today, Accounts accounts, AccountPreferences preferences,
            Phones phones, TextMessages texts, EmailOutbox emails, Phrasing phrasing, Transactions transactions,
            Clock clock) {
        this.checkIns = checkIns;
        this.today = today;
        this.accounts = accounts;
        this.preferences = preferences;
        this.phones = phones;
        this.texts = texts;
        this.emails = emails;
        this.phrasing = phrasing;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A text to send once the check-in is recorded. */
    private record PendingText(OutgoingSms sms) {}

    /**
     * What one run did: check-ins sent (a person with nothing today counts as none), and texts the
     * provider could not take (the check-in stays recorded: tomorrow's comes as usual).
     */
    public record Report(int sent, int textsNotSent) {}

    public Report sendDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int sent = 0;
        int notSent = 0;
        for (AccountId person : checkIns.due(now, PEOPLE_PER_PASS)) {
            List<PendingText> pending = new ArrayList<>();
            boolean said = transactions.inTransaction(() -> checkIn(person, now, pending));
            for (PendingText text : pending) {
                try {
                    texts.send(text.sms());
                } catch (DependencyUnavailableException unavailable) {
                    notSent++;
                }
            }
            sent += said ? 1 : 0;
        }
        return new Report(sent, notSent);
    }

    private boolean checkIn(AccountId person, Instant now, List<PendingText> pending) {
        Optional<Account> account = accounts.withId(person);
        if (account.isEmpty()) {
            return false;
        }
        ZoneId zone = account.get().timezone().zone();
        LocalDate day = now.atZone(zone).toLocalDate();
        if (!checkIns.claim(person, day, now)) {
            return false;
        }
        TodayList.Items items = today.of(person, zone, now);
        if (items.isEmpty()) {
            return false;
        }
        String body = today.describe(items, account.get().language(), zone, now, "checkin.header",
                "checkin.highlight", "checkin.item", TodayList.HIGHLIGHTED);
        Preferences chosen = preferences.of(person).orElse(Preferences.DEFAULTS);
        if (chosen.reminderChannels().contains(ReminderChannel.SMS) && account.get().smsConsent() != null) {
            phones.of(person).ifPresent(phone -> pending.add(new PendingText(new OutgoingSms(phone.number(), body))));
        }
        if (chosen.reminderChannels().contains(ReminderChannel.EMAIL) && account.get().emailVerified()) {
            emails.enqueue(new EmailMessage("check-in-" + person + "-" + day, account.get().email(),
                    phrasing.say(account.get().language(), "checkin.header"), body), now);
        }
        return true;
    }
}
