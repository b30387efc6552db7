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

    /**
     * Tasks to keep, one title each. {@code implicit} when the message matched nothing else and is
     * kept as a task anyway (the reply offers "undo").
     */
    record Capture(List<String> titles, boolean implicit) implements Intent {
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
    }

    /** "next", "what now": the one next action. */
    record Next() implements Intent {
    }

    /** "done", "done 2": the numbered item, or without a number the one just shown or fired. */
    record Done(Optional<Integer> number) implements Intent {
        public Done {
            number = positive(number);
        }
    }

    /** "snooze", "snooze 10", "later", "snooze tomorrow": the numbered reminder, or the last one. */
    record Snooze(Optional<Integer> number, SnoozeLength length) implements Intent {
        public Snooze {
            number = positive(number);
            Objects.requireNonNull(length, "length");
        }
    }

    /** "cancel 2": the numbered reminder or task; without a number, the one just shown or fired. */
    record Cancel(Optional<Integer> number) implements Intent {
        public Cancel {
            number = positive(number);
        }
    }

    /** "undo", "annule", "cancel" alone: take back the assistant's last action. */
    record Undo() implements Intent {
    }

    /** "help", "aide", "?". */
    record Help() implements Intent {
    }

    /**
     * One clarifying question instead of a guess; the person's next message is read with
     * {@link MessageUnderstanding#understandAnswer}.
     */
    sealed interface Clarify extends Intent {
    }

    /** A reminder without a time ("remind me about the thing"): ask when. */
    record NeedsTime(String text) implements Clarify {
        public NeedsTime {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A time without a text ("at 4", "every monday"): ask what to remind about; {@code draft} has an empty text. */
    record NeedsText(Reminder draft) implements Clarify {
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
