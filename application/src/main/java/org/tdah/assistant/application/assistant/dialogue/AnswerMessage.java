package org.tdah.assistant.application.assistant.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.assistant.Dialogue.LastAction;
import org.tdah.assistant.application.assistant.Dialogue;
import org.tdah.assistant.application.assistant.Utterance;
import org.tdah.assistant.application.assistant.port.AssistantEvents;
import org.tdah.assistant.application.assistant.port.Dialogues;
import org.tdah.assistant.application.assistant.port.ItemNumbers;
import org.tdah.assistant.application.assistant.port.Reminders;
import org.tdah.assistant.application.assistant.port.Tasks;
import org.tdah.assistant.application.assistant.port.Understanding;
import org.tdah.assistant.application.assistant.support.ItemKeeping;
import org.tdah.assistant.application.assistant.support.Numbered;
import org.tdah.assistant.application.assistant.support.Phrasing;
import org.tdah.assistant.application.assistant.support.ReminderPlans;
import org.tdah.assistant.application.assistant.support.ScheduleChecks;
import org.tdah.assistant.application.assistant.support.TodayList;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.domain.assistant.Intent;
import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.assistant.MessageUnderstanding;
import org.tdah.assistant.domain.assistant.Reminder;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.assistant.ReminderStatus;
import org.tdah.assistant.domain.assistant.ReminderText;
import org.tdah.assistant.domain.assistant.Schedule;
import org.tdah.assistant.domain.assistant.Task;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.assistant.TaskTitle;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.shared.InvalidInputException;
import org.tdah.assistant.domain.shared.VisibleText;

/**
 * The assistant's answer to one message of a person: it reads the message through the
 * {@link Understanding} port (the rules by default), carries out what it asks on the person's own
 * tasks and reminders (create, list, next, done, snooze, cancel, undo), asks one clarifying
 * question rather than guessing, and answers with one short, kind reply in the language of the
 * message. Every intent, whoever proposed it, goes through the same checks: items are found among
 * the person's own only, and no reminder is set in the past.
 */
public final class AnswerMessage {

    /** What the assistant answers, in the language it answers in. */
    public record Reply(String text, Language language) {
        public Reply {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(language, "language");
        }
    }

    private static final MessageUnderstanding LANGUAGES = new MessageUnderstanding();

    private final Accounts accounts;
    private final Understanding understanding;
    private final Dialogues dialogues;
    private final Tasks tasks;
    private final Reminders reminders;
    private final ItemNumbers numbers;
    private final ReminderPlans plans;
    private final ScheduleChecks checks;
    private final ItemKeeping keeping;
    private final TodayList today;
    private final Phrasing phrasing;
    private final AssistantEvents events;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public AnswerMessage(Accounts accounts, Understanding understanding, Dialogues dialogues, Tasks tasks,
            Reminders reminders, ItemNumbers numbers, ReminderPlans plans, ScheduleChecks checks, ItemKeeping keeping,
            TodayList today,
            Phrasing phrasing, AssistantEvents events, Transactions transactions, Ids ids, Clock clock) {
        this.accounts = accounts;
        this.understanding = understanding;
        this.dialogues = dialogues;
        this.tasks = tasks;
        this.reminders = reminders;
        this.numbers = numbers;
        this.plans = plans;
        this.checks = checks;
        this.keeping = keeping;
        this.today = today;
        this.phrasing = phrasing;
        this.events = events;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** Answers {@code text}, written by {@code person}; empty when the person has no account. */
    public Optional<Reply> answer(AccountId person, String text) {
        Optional<Account> account = accounts.withId(person);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ZoneId zone = account.get().timezone().zone();
        Language language = LANGUAGES.languageOf(text, account.get().language());
        Optional<Intent.Clarify> pending = dialogues.of(person).flatMap(Dialogue::pending);
        // Read before the transaction: an understanding may take its time (a model, up to its deadline).
        Intent intent = understanding.understand(new Utterance(text, account.get().language(), zone, now, pending));
        Turn turn = transactions.inTransaction(() -> {
            Dialogue dialogue = dialogues.of(person).orElse(Dialogue.EMPTY);
            Turn done = intent.map(new Carrying(new Context(person, language, zone, now, dialogue.answered())));
            dialogues.save(person, done.dialogue());
            return done;
        });
        turn.changedTasks().forEach(events::taskChanged);
        return Optional.of(new Reply(turn.reply(), language));
    }

    /** Who is answered, in which language and zone, when, and the dialogue so far. */
    private record Context(AccountId person, Language language, ZoneId zone, Instant now, Dialogue dialogue) {}

    /** The outcome of one message: the reply, the dialogue after it, the tasks to tell the apps about. */
    private record Turn(String reply, Dialogue dialogue, List<Task> changedTasks) {
        Turn(String reply, Dialogue dialogue) {
            this(reply, dialogue, List.of());
        }
    }

    /** Carries out one intent; each variant has its own answer. */
    private final class Carrying implements Intent.Mapping<Turn> {
        private final Context context;

        Carrying(Context context) {
            this.context = context;
        }

        private String say(String key, Object... arguments) {
            return phrasing.say(context.language(), key, arguments);
        }

        private String when(Instant at) {
            return phrasing.when(context.language(), at, context.zone(), context.now());
        }

        @Override
        public Turn on(Intent.Capture capture) {
            List<Task> created = new ArrayList<>();
            for (String title : capture.titles()) {
                Task task = Task.open(new TaskId(ids.next()), context.person(), numbers.nextFree(context.person()),
                        new TaskTitle(VisibleText.shortened(title, TaskTitle.MAX_CHARACTERS)), context.now());
                tasks.add(task);
                created.add(task);
            }
            Task last = created.get(created.size() - 1);
            Dialogue dialogue = context.dialogue().showing(new Dialogue.Item.OfTask(last.id()))
                    .after(new LastAction.Created(created.stream().map(Task::id).toList(), List.of()));
            String reply;
            if (created.size() > 1) {
                reply = say("task.captured.many", created.size(), String.join(", ", created.stream()
                        .map(task -> say("task.item", task.number().value(), task.title().value())).toList()));
            } else {
                reply = say(capture.implicit() ? "task.captured.implicit" : "task.captured", last.number().value(),
                        last.title().value());
            }
            return new Turn(reply, dialogue, created);
        }

        @Override
        public Turn on(Intent.RemindOnce remindOnce) {
            if (remindOnce.at().toInstant().isBefore(context.now())) {
                Intent.NeedsTime again = new Intent.NeedsTime(remindOnce.text());
                return new Turn(say("past.time"), context.dialogue().asking(again));
            }
            return remind(remindOnce, new Schedule.Once(remindOnce.at().withZoneSameInstant(context.zone())
                    .toLocalDateTime()));
        }

        @Override
        public Turn on(Intent.RemindRecurring remindRecurring) {
            String rule;
            try {
                rule = checks.checkedRule(remindRecurring.rrule());
            } catch (InvalidInputException unreadable) {
                return new Turn(say("ask.time"), context.dialogue().asking(new Intent.NeedsTime(remindRecurring.text())));
            }
            return remind(remindRecurring, new Schedule.Repeating(rule,
                    LocalDateTime.of(remindRecurring.firstDate(), remindRecurring.localTime())));
        }

        private Turn remind(Intent.Reminder intent, Schedule schedule) {
            ReminderText text;
            try {
                text = new ReminderText(VisibleText.shortened(intent.text(), ReminderText.MAX_CHARACTERS));
            } catch (InvalidInputException blank) {
                return on(new Intent.NeedsText(intent));
            }
            Reminder reminder = plans.planned(new Reminder(new ReminderId(ids.next()), context.person(),
                    numbers.nextFree(context.person()), text, schedule, context.zone(), ReminderStatus.SCHEDULED,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), context.now()),
                    context.now());
            if (reminder.dueAt().isEmpty()) {
                return new Turn(say("past.time"), context.dialogue().asking(new Intent.NeedsTime(intent.text())));
            }
            reminders.add(reminder);
            Dialogue dialogue = context.dialogue().showing(new Dialogue.Item.OfReminder(reminder.id()))
                    .after(new LastAction.Created(List.of(), List.of(reminder.id())));
            String key = reminder.recurring() ? "reminder.recurring" : "reminder.once";
            return new Turn(say(key, reminder.number().value(), text.value(), when(reminder.dueAt().get())), dialogue);
        }

        @Override
        public Turn on(Intent.ListToday listToday) {
            TodayList.Items items = today.of(context.person(), context.zone(), context.now());
            if (items.isEmpty()) {
                return new Turn(say("list.empty"), context.dialogue());
            }
            return new Turn(today.describe(items, context.language(), context.zone(), context.now(), "list.header",
                    "list.item", "list.item", 0), context.dialogue());
        }

        @Override
        public Turn on(Intent.Next next) {
            Optional<Numbered> first = today.next(context.person(), context.zone(), context.now());
            if (first.isEmpty()) {
                return new Turn(say("next.none"), context.dialogue());
            }
            Dialogue dialogue = context.dialogue().showing(first.get().item());
            if (first.get() instanceof Numbered.OfReminder ofReminder) {
                Reminder reminder = ofReminder.reminder();
                return new Turn(say("next.reminder", reminder.number().value(), reminder.text().value(),
                        when(reminder.dueAt().orElse(context.now()))), dialogue);
            }
            Task task = ((Numbered.OfTask) first.get()).task();
            return new Turn(say("next.task", task.number().value(), task.title().value()), dialogue);
        }

        @Override
        public Turn on(Intent.Done done) {
            Optional<Numbered> item = target(done.number());
            if (item.isEmpty()) {
                return unknown(done.number(), "done.nothing");
            }
            Dialogue dialogue = context.dialogue().after(new LastAction.Completed(item.get().item()));
            if (item.get() instanceof Numbered.OfTask ofTask) {
                Task task = keeping.completeTask(ofTask.task(), context.now());
                return new Turn(say("done.task", task.title().value()), dialogue, List.of(task));
            }
            ItemKeeping.Completion completion = keeping.completeReminder(((Numbered.OfReminder) item.get()).reminder(),
                    context.now());
            Reminder reminder = completion.reminder();
            if (reminder.status().active() && reminder.dueAt().isPresent()) {
                return new Turn(say("done.recurring", reminder.text().value(), when(reminder.dueAt().get())), dialogue,
                        completion.tasks());
            }
            return new Turn(say("done.task", reminder.text().value()), dialogue, completion.tasks());
        }

        @Override
        public Turn on(Intent.Snooze snooze) {
            Optional<Numbered> item = target(snooze.number());
            if (item.isEmpty()) {
                return unknown(snooze.number(), "snooze.nothing");
            }
            if (item.get() instanceof Numbered.OfTask ofTask) {
                return new Turn(say("snooze.task", ofTask.number().value(), ofTask.task().title().value()),
                        context.dialogue());
            }
            Reminder reminder = ((Numbered.OfReminder) item.get()).reminder();
            Reminder snoozed = plans.snoozed(reminder, snooze.length(), context.now());
            if (!snoozed.dueAt().orElse(context.now()).isAfter(context.now())) {
                return new Turn(say("past.time"), context.dialogue());
            }
            reminders.update(snoozed);
            return new Turn(say("snooze.done", when(snoozed.dueAt().get())),
                    context.dialogue().showing(item.get().item()));
        }

        @Override
        public Turn on(Intent.Cancel cancel) {
            Optional<Numbered> item = target(cancel.number());
            if (item.isEmpty()) {
                return unknown(cancel.number(), "cancel.nothing");
            }
            if (item.get() instanceof Numbered.OfTask ofTask) {
                tasks.remove(context.person(), ofTask.task().id());
                return new Turn(say("cancel.task", ofTask.task().title().value()), new Dialogue(
                        context.dialogue().pending(), Optional.empty(), Optional.empty()));
            }
            Reminder reminder = ((Numbered.OfReminder) item.get()).reminder();
            reminders.update(plans.cancelled(reminder));
            return new Turn(say("cancel.done", reminder.text().value()),
                    context.dialogue().after(new LastAction.Cancelled(item.get().item())));
        }

        @Override
        public Turn on(Intent.Undo undo) {
            Optional<LastAction> last = context.dialogue().undoable();
            if (last.isEmpty()) {
                return new Turn(say("undo.nothing"), context.dialogue());
            }
            Dialogue dialogue = context.dialogue().undone();
            return last.get().map(new LastAction.Mapping<>() {
                @Override
                public Turn on(LastAction.Created created) {
                    return removing(created, dialogue);
                }

                @Override
                public Turn on(LastAction.Completed completed) {
                    return bringingBack(completed.item(), "undo.completed", dialogue);
                }

                @Override
                public Turn on(LastAction.Cancelled cancelled) {
                    return bringingBack(cancelled.item(), "undo.cancelled", dialogue);
                }
            });
        }

        /** Undo of a capture or a new reminder: what it created is removed, if still there. */
        private Turn removing(LastAction.Created created, Dialogue dialogue) {
            List<String> removed = new ArrayList<>();
            for (TaskId id : created.tasks()) {
                tasks.withId(context.person(), id).ifPresent(task -> {
                    tasks.remove(context.person(), id);
                    removed.add(task.title().value());
                });
            }
            for (ReminderId id : created.reminders()) {
                reminders.withId(context.person(), id).ifPresent(reminder -> {
                    reminders.remove(context.person(), id);
                    removed.add(reminder.text().value());
                });
            }
            if (removed.isEmpty()) {
                return new Turn(say("undo.nothing"), dialogue);
            }
            return new Turn(say("undo.created", String.join(", ", removed)), new Dialogue(dialogue.pending(),
                    Optional.empty(), Optional.empty()));
        }

        /** Undo of a done or a cancel: the task opens again, the reminder is active again. */
        private Turn bringingBack(Dialogue.Item item, String key, Dialogue dialogue) {
            if (item instanceof Dialogue.Item.OfTask ofTask) {
                Optional<Task> task = tasks.withId(context.person(), ofTask.id()).filter(found -> !found.isOpen());
                if (task.isEmpty()) {
                    return new Turn(say("undo.nothing"), dialogue);
                }
                Task reopened = keeping.reopenTask(task.get());
                return new Turn(say(key, reopened.title().value()), dialogue.showing(item), List.of(reopened));
            }
            Optional<Reminder> reminder = reminders.withId(context.person(), ((Dialogue.Item.OfReminder) item).id());
            if (reminder.isEmpty()) {
                return new Turn(say("undo.nothing"), dialogue);
            }
            Reminder back = keeping.restoreReminder(reminder.get(), context.now());
            return new Turn(say(key, back.text().value()), dialogue.showing(item));
        }

        @Override
        public Turn on(Intent.Help help) {
            return new Turn(say("help"), context.dialogue());
        }

        @Override
        public Turn on(Intent.Acknowledge acknowledge) {
            return new Turn(say("acknowledged"), context.dialogue());
        }

        @Override
        public Turn on(Intent.NeedsTime needsTime) {
            return new Turn(say("ask.time"), context.dialogue().asking(needsTime));
        }

        @Override
        public Turn on(Intent.NeedsText needsText) {
            return new Turn(say("ask.text"), context.dialogue().asking(needsText));
        }

        /** The numbered item, or without a number the one last shown, created or fired. */
        private Optional<Numbered> target(Optional<Integer> number) {
            if (number.isPresent()) {
                return keeping.withNumber(context.person(), new ItemNumber(number.get()));
            }
            return context.dialogue().last().flatMap(item -> keeping.active(context.person(), item));
        }

        private Turn unknown(Optional<Integer> number, String withoutNumber) {
            return new Turn(number.isPresent() ? say("unknown.number", number.get()) : say(withoutNumber),
                    context.dialogue());
        }
    }
}
