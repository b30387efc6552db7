package org.tdah.assistant.bootstrap.config;

import java.time.Clock;
import org.tdah.assistant.adapters.metrics.AssistantMetrics;
import org.tdah.assistant.adapters.metrics.CountedReminderDeliveries;
import org.tdah.assistant.adapters.persistence.assistant.JdbiCheckIns;
import org.tdah.assistant.adapters.persistence.assistant.JdbiDialogues;
import org.tdah.assistant.adapters.persistence.assistant.JdbiItemNumbers;
import org.tdah.assistant.adapters.persistence.assistant.JdbiReminderDeliveries;
import org.tdah.assistant.adapters.persistence.assistant.JdbiReminders;
import org.tdah.assistant.adapters.persistence.assistant.JdbiTasks;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.recurrence.LibRecurRecurrenceRules;
import org.tdah.assistant.adapters.rest.assistant.LiveAssistantEvents;
import org.tdah.assistant.application.assistant.AssistantContextCore;
import org.tdah.assistant.application.assistant.Understandings;
import org.tdah.assistant.application.assistant.delivery.DeliverDueReminders;
import org.tdah.assistant.application.assistant.port.Understanding;
import org.tdah.assistant.application.identity.IdentityCore;
import org.tdah.assistant.application.live.port.LiveEventStream;
import org.tdah.assistant.application.shared.RetryPolicy;

/**
 * Which real adapter implements each out-port of the assistant context: JDBI for its tables,
 * lib-recur for recurrence rules, the live stream for its events. People (accounts, preferences,
 * verified phones), the SMS sender, the outbox, transactions and ids are the identity context's
 * own adapter instances. The delivery ledger counts the deliveries and their lateness.
 */
public final class AssistantAdapters {
    private AssistantAdapters() {}

    public static AssistantContextCore.OutPorts outPorts(PostgresDatabase database, IdentityCore.OutPorts identity,
            LiveEventStream liveEvents, Understanding understanding, AssistantMetrics metrics, Clock clock) {
        return new AssistantContextCore.OutPorts(new JdbiTasks(database), new JdbiReminders(database),
                new JdbiItemNumbers(database), new CountedReminderDeliveries(new JdbiReminderDeliveries(database), metrics), new JdbiDialogues(database, clock),
                new JdbiCheckIns(database), new LibRecurRecurrenceRules(), understanding,
                new LiveAssistantEvents(liveEvents), identity.accounts(), identity.accountPreferences(),
                identity.phones(), identity.textMessages(), identity.emailOutbox(), identity.transactions(),
                identity.ids(), clock);
    }

    /**
     * How messages are read: the rules of English and French, in process; with a language model
     * configured, the rules first and the model for free-form messages only.
     */
    public static Understanding understanding(AssistantConfiguration configuration) {
        return configuration.assistant.languageModel.understanding().map(Understandings::rulesFirst)
                .orElseGet(Understandings::rules);
    }

    public static DeliverDueReminders.Settings delivery(AssistantConfiguration configuration) {
        AssistantConfiguration.Reminders reminders = configuration.reminders;
        return new DeliverDueReminders.Settings(reminders.batchSize, reminders.lease.toJavaDuration(),
                new RetryPolicy(reminders.firstRetry.toJavaDuration(), reminders.longestRetry.toJavaDuration(),
                        reminders.maxAttempts));
    }
}
