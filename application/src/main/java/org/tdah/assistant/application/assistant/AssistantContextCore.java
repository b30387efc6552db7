package org.tdah.assistant.application.assistant;

import java.time.Clock;
import java.util.Objects;
import org.tdah.assistant.application.assistant.delivery.DeliverDueReminders;
import org.tdah.assistant.application.assistant.delivery.SendCheckIns;
import org.tdah.assistant.application.assistant.dialogue.AnswerMessage;
import org.tdah.assistant.application.assistant.port.AssistantEvents;
import org.tdah.assistant.application.assistant.port.CheckIns;
import org.tdah.assistant.application.assistant.port.Dialogues;
import org.tdah.assistant.application.assistant.port.ItemNumbers;
import org.tdah.assistant.application.assistant.port.RecurrenceRules;
import org.tdah.assistant.application.assistant.port.ReminderDeliveries;
import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.application.assistant.port.Understanding;
import org.tdah.assistant.application.assistant.reminders.ChangeReminder;
import org.tdah.assistant.application.assistant.reminders.CreateReminder;
import org.tdah.assistant.application.assistant.reminders.DeleteReminder;
import org.tdah.assistant.application.assistant.reminders.ListOccurrences;
import org.tdah.assistant.application.assistant.reminders.ListReminders;
import org.tdah.assistant.application.assistant.reminders.ViewReminder;
import org.tdah.assistant.application.assistant.support.ItemKeeping;
import org.tdah.assistant.application.assistant.support.Phrasing;
import org.tdah.assistant.application.assistant.support.ReminderPlans;
import org.tdah.assistant.application.assistant.support.ScheduleChecks;
import org.tdah.assistant.application.assistant.support.TodayList;
import org.tdah.assistant.application.assistant.tasks.ChangeTask;
import org.tdah.assistant.application.assistant.tasks.CreateTask;
import org.tdah.assistant.application.assistant.tasks.DeleteTask;
import org.tdah.assistant.application.assistant.tasks.ListTasks;
import org.tdah.assistant.application.assistant.tasks.ViewTask;
import org.tdah.assistant.application.identity.port.AccountPreferences;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.application.shared.port.TextMessages;

/**
 * The composition root of the assistant context: the dialogue (a message in, a reply out), tasks,
 * reminders and their occurrences, and the jobs that deliver reminders and daily check-ins. It
 * reads people (zone, language, preferences, verified phone) through the identity ports, texts
 * through the SMS port and emails through the shared outbox; it is named apart from the whole
 * {@code AssistantCore} it is one part of.
 */
public final class AssistantContextCore {

    /** Every out-port the assistant context needs, and the clock it reads time from. */
    public record OutPorts(Tasks tasks, Reminders reminders, ItemNumbers numbers, ReminderDeliveries deliveries,
            Dialogues dialogues, CheckIns checkIns, RecurrenceRules rules, Understanding understanding,
            AssistantEvents events, Accounts accounts, AccountPreferences preferences, Phones phones,
            TextMessages texts, EmailOutbox emails, Transactions transactions, Ids ids, Clock clock) {
        public OutPorts {
            Objects.requireNonNull(tasks, "tasks");
            Objects.requireNonNull(reminders, "reminders");
            Objects.requireNonNull(numbers, "numbers");
            Objects.requireNonNull(deliveries, "deliveries");
            Objects.requireNonNull(dialogues, "dialogues");
            Objects.requireNonNull(checkIns, "checkIns");
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(understanding, "understanding");
            Objects.requireNonNull(events, "events");
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(preferences, "preferences");
            Objects.requireNonNull(phones, "phones");
            Objects.requireNonNull(texts, "texts");
            Objects.requireNonNull(emails, "emails");
            Objects.requireNonNull(transactions, "transactions");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(clock, "clock");
        }

        /** The same ports, texting through {@code through} (the SMS context's outbox). */
        public OutPorts textingThrough(TextMessages through) {
            return new OutPorts(tasks, reminders, numbers, deliveries, dialogues, checkIns, rules, understanding, events,
                    accounts, preferences, phones, through, emails, transactions, ids, clock);
        }
    }

    private final AnswerMessage answerMessage;
    private final CreateTask createTask;
    private final ListTasks listTasks;
    private final ViewTask viewTask;
    private final ChangeTask changeTask;
    private final DeleteTask deleteTask;
    private final CreateReminder createReminder;
    private final ListReminders listReminders;
    private final ViewReminder viewReminder;
    private final ChangeReminder changeReminder;
    private final DeleteReminder deleteReminder;
    private final ListOccurrences listOccurrences;
    private final DeliverDueReminders deliverDueReminders;
    private final SendCheckIns sendCheckIns;

    public AssistantContextCore(OutPorts ports, DeliverDueReminders.Settings delivery) {
        Phrasing phrasing = new Phrasing();
        ReminderPlans plans = new ReminderPlans(ports.rules());
        ItemKeeping keeping = new ItemKeeping(ports.tasks(), ports.reminders(), ports.numbers(), plans);
        TodayList today = new TodayList(ports.tasks(), ports.reminders(), phrasing);
        answerMessage = new AnswerMessage(ports.accounts(), ports.understanding(), ports.dialogues(), ports.tasks(),
                ports.reminders(), ports.numbers(), plans, new ScheduleChecks(ports.rules()), keeping, today, phrasing,
                ports.events(),
                ports.transactions(), ports.ids(), ports.clock());
        createTask = new CreateTask(ports.tasks(), ports.numbers(), ports.events(), ports.transactions(), ports.ids(),
                ports.clock());
        listTasks = new ListTasks(ports.tasks());
        viewTask = new ViewTask(ports.tasks());
        changeTask = new ChangeTask(ports.tasks(), keeping, ports.events(), ports.transactions(), ports.clock());
        deleteTask = new DeleteTask(ports.tasks());
        createReminder = new CreateReminder(ports.accounts(), ports.tasks(), ports.reminders(), ports.numbers(), plans,
                ports.rules(), ports.transactions(), ports.ids(), ports.clock());
        listReminders = new ListReminders(ports.reminders());
        viewReminder = new ViewReminder(ports.reminders());
        changeReminder = new ChangeReminder(ports.reminders(), plans, ports.rules(), keeping, ports.events(),
                ports.transactions(), ports.clock());
        deleteReminder = new DeleteReminder(ports.reminders());
        listOccurrences = new ListOccurrences(ports.reminders(), plans, ports.clock());
        deliverDueReminders = new DeliverDueReminders(ports.reminders(), ports.deliveries(), ports.dialogues(),
                ports.accounts(), ports.preferences(), ports.phones(), ports.texts(), ports.emails(), ports.events(),
                plans, phrasing, ports.transactions(), ports.clock(), delivery);
        sendCheckIns = new SendCheckIns(ports.checkIns(), today, ports.accounts(), ports.preferences(), ports.phones(),
                ports.texts(), ports.emails(), phrasing, ports.transactions(), ports.clock());
    }

    public AnswerMessage answerMessage() {
        return answerMessage;
    }

    public CreateTask createTask() {
        return createTask;
    }

    public ListTasks listTasks() {
        return listTasks;
    }

    public ViewTask viewTask() {
        return viewTask;
    }

    public ChangeTask changeTask() {
        return changeTask;
    }

    public DeleteTask deleteTask() {
        return deleteTask;
    }

    public CreateReminder createReminder() {
        return createReminder;
    }

    public ListReminders listReminders() {
        return listReminders;
    }

    public ViewReminder viewReminder() {
        return viewReminder;
    }

    public ChangeReminder changeReminder() {
        return changeReminder;
    }

    public DeleteReminder deleteReminder() {
        return deleteReminder;
    }

    public ListOccurrences listOccurrences() {
        return listOccurrences;
    }

    /** The delivery job, run by the background scheduler. */
    public DeliverDueReminders deliverDueReminders() {
        return deliverDueReminders;
    }

    /** The check-in job, run by the background scheduler. */
    public SendCheckIns sendCheckIns() {
        return sendCheckIns;
    }
}
