package org.tdah.assistant.application.assistant.understanding;

import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.tdah.assistant.application.assistant.UnderstandingFailedException;
import org.tdah.assistant.application.assistant.Utterance;
import org.tdah.assistant.application.assistant.port.Understanding;
import org.tdah.assistant.domain.assistant.Intent.Capture;
import org.tdah.assistant.domain.assistant.Intent.NeedsText;
import org.tdah.assistant.domain.assistant.Intent.NeedsTime;
import org.tdah.assistant.domain.assistant.Intent.RemindOnce;
import org.tdah.assistant.domain.assistant.Intent.RemindRecurring;
import org.tdah.assistant.domain.assistant.Intent.Reminder;
import org.tdah.assistant.domain.assistant.Intent.Snooze;
import org.tdah.assistant.domain.assistant.Intent;
import org.tdah.assistant.domain.assistant.ReminderText;
import org.tdah.assistant.domain.assistant.SnoozeLength;
import org.tdah.assistant.domain.assistant.TaskTitle;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * The rules first, a model for free-form messages only (decision record 0021). Every message is
 * read by the rules; only when they find nothing but a plain implicit task ({@link Capture#implicit()})
 * is the model asked. Its intent is kept only if it is one the rules could have answered: every
 * title and text a valid {@link TaskTitle} or {@link ReminderText}, every time in the person's zone
 * and not before the message arrived. When the model fails (any exception), or proposes anything
 * else, the rules' intent is the answer, so a model can never make the assistant do less or more
 * than the rules would let a person do. Thread-safe when both understandings are.
 */
public final class RulesFirstUnderstanding implements Understanding {
    private static final System.Logger LOG = System.getLogger(RulesFirstUnderstanding.class.getName());

    private final Understanding rules;
    private final Understanding model;

    public RulesFirstUnderstanding(Understanding rules, Understanding model) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.model = Objects.requireNonNull(model, "model");
    }

    @Override
    public Intent understand(Utterance utterance) {
        Intent byRules = rules.understand(utterance);
        if (!(byRules instanceof Capture capture && capture.implicit())) {
            return byRules;
        }
        Intent proposed;
        try {
            proposed = model.understand(utterance);
        } catch (UnderstandingFailedException failure) {
            LOG.log(Level.WARNING, "the language model failed, the rules answer: {0}", failure.getMessage());
            return byRules;
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "the language model failed, the rules answer: {0}", failure.getClass().getName());
            return byRules;
        }
        if (!acceptable(proposed, utterance)) {
            LOG.log(Level.WARNING, "the language model proposed an intent the rules could not give, the rules answer: {0}",
                    proposed == null ? "nothing" : proposed.getClass().getSimpleName());
            return byRules;
        }
        return proposed;
    }

    /** Whether the rules could have answered this intent to this message: valid texts, times ahead in the zone. */
    static boolean acceptable(Intent intent, Utterance utterance) {
        if (intent == null) {
            return false;
        }
        try {
            if (intent instanceof Capture capture) {
                capture.titles().forEach(TaskTitle::new);
                return true;
            }
            if (intent instanceof Reminder reminder) {
                new ReminderText(reminder.text());
                return ahead(reminder, utterance);
            }
            if (intent instanceof NeedsText needsText) {
                return needsText.draft().text().isEmpty() && ahead(needsText.draft(), utterance);
            }
            if (intent instanceof NeedsTime needsTime) {
                new ReminderText(needsTime.text());
                return true;
            }
            if (intent instanceof Snooze snooze && snooze.length() instanceof SnoozeLength.Until until) {
                return ahead(until.at(), utterance);
            }
            return true;
        } catch (InvalidInputException invalid) {
            return false;
        }
    }

    private static boolean ahead(Reminder reminder, Utterance utterance) {
        if (reminder instanceof RemindOnce once) {
            return ahead(once.at(), utterance);
        }
        RemindRecurring recurring = (RemindRecurring) reminder;
        ZoneId zone = utterance.zone();
        LocalDate today = utterance.at().atZone(zone).toLocalDate();
        return !recurring.firstDate().isBefore(today)
                && ahead(ZonedDateTime.ofLocal(recurring.firstDate().atTime(recurring.localTime()), zone, null), utterance);
    }

    private static boolean ahead(ZonedDateTime at, Utterance utterance) {
        return at.getZone().equals(utterance.zone()) && !at.toInstant().isBefore(utterance.at());
    }
}
