package org.tdah.assistant.domain.assistant;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one message of a person asks the assistant to do, as {@link MessageUnderstanding} reads it.
 * Every time in an intent is already resolved in the person's zone and never before the moment the
 * message was understood; the texts are the person's own words (case and accents kept).
 */
public sealed interface Intent {

    /** Answers this intent through the one method of {@code mapping} that takes its variant. */
    <T> T map(Mapping<T> mapping);

    /** One answer per variant: a new intent does not compile until every caller answers it. */
    interface Mapping<T> {
        T on(Capture capture);

        T on(RemindOnce remindOnce);

        T on(RemindRecurring remindRecurring);

        T on(ListToday listToday);

        T on(Next next);

        T on(Done done);

        T on(Snooze snooze);

        T on(Cancel cancel);

        T on(Undo undo);

        T on(Help help);

        T on(Acknowledge acknowledge);

        T on(NeedsTime needsTime);

        T on(NeedsText needsText);
    }

    /**
     * Tasks to keep, one title each. {@code implicit} when the message matched nothing else and is
     * kept as a task anyway (the reply offers "undo").
     */
    record Capture(List<String> titles, boolean implicit) implements Intent {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }

        public Capture {
            titles = List.copyOf(titles);
            if (titles.isEmpty() || titles.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("a capture holds at least one non-blank title");
            }
        }
    }

    /** A reminder, once or recurring; its text may be empty only inside a {@link NeedsText} question. */
    sealed interface Reminder extends Intent {
        String text();

        Reminder withText(String text);
    }

    /** Remind once, at a local time of the person's zone. */
    record RemindOnce(String text, ZonedDateTime at) implements Reminder {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }

        public RemindOnce {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public RemindOnce withText(String newText) {
            return new RemindOnce(newText, at);
        }
    }

    /**
     * Remind on a schedule: an RFC 5545 RRULE ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"), its local time
     * and its first local date (the first occurrence still ahead). Occurrences are expanded elsewhere.
     */
    record RemindRecurring(String text, String rrule, LocalTime localTime, LocalDate firstDate) implements Reminder {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }

        public RemindRecurring {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(localTime, "localTime");
            Objects.requireNonNull(firstDate, "firstDate");
            if (rrule == null || !rrule.startsWith("FREQ=")) {
                throw new IllegalArgumentException("an RRULE starts with FREQ=");
            }
        }

        @Override
        public RemindRecurring withText(String newText) {
            return new RemindRecurring(newText, rrule, localTime, firstDate);
        }
    }

    /** "today", "list": today's tasks. */
    record ListToday() implements Intent {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }

    }

    /** "next", "what now": the one next action. */
    record Next() implements Intent {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }

    }

    /** "done", "done 2": the numbered item, or without a number the one just shown or fired. */
    record Done(Optional<Integer> number) implements Intent {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }

        public Done {
            number = positive(number);
        }
    }

    /** "snooze", "snooze 10", "later", "snooze tomorrow": the numbered reminder, or the last one. */
    record Snooze(Optional<Integer> number, SnoozeLength length) implements Intent {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }

        public Snooze {
            number = positive(number);
            Objects.requireNonNull(length, "length");
        }
    }

    /** "cancel 2": the numbered reminder or task; without a number, the one just shown or fired. */
    record Cancel(Optional<Integer> number) implements Intent {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }

        public Cancel {
            number = positive(number);
        }
    }

    /** "undo", "annule", "cancel" alone: take back the assistant's last action. */
    record Undo() implements Intent {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }

    }

    /** "thanks", "ok", "merci": politeness alone, kept as nothing (never as a task). */
    record Acknowledge() implements Intent {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }

    /** "help", "aide", "?". */
    record Help() implements Intent {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }

    }

    /**
     * One clarifying question instead of a guess; the person's next message is read with
     * {@link MessageUnderstanding#understandAnswer}.
     */
    sealed interface Clarify extends Intent {
    }

    /** A reminder without a time ("remind me about the thing"): ask when. */
    record NeedsTime(String text) implements Clarify {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }

        public NeedsTime {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A time without a text ("at 4", "every monday"): ask what to remind about; {@code draft} has an empty text. */
    record NeedsText(Reminder draft) implements Clarify {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }

        public NeedsText {
            Objects.requireNonNull(draft, "draft");
        }
    }

    private static Optional<Integer> positive(Optional<Integer> number) {
        Objects.requireNonNull(number, "number");
        if (number.filter(n -> n < 1).isPresent()) {
            throw new IllegalArgumentException("item numbers start at 1");
        }
        return number;
    }
}
