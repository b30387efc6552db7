package org.tdah.assistant.domain.identity;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.domain.shared.FieldError;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * How a person wants the assistant to nag them: when it stays quiet, how often and how many times
 * it reminds again, when it checks in each day, and through which channels, in order of preference.
 * Every rule broken is reported, one entry per field.
 */
public record Preferences(
        Optional<QuietHours> quietHours,
        int nagIntervalMinutes,
        int maxNags,
        Optional<TimeOfDay> checkInTime,
        List<ReminderChannel> reminderChannels) {

    public static final int MIN_NAG_INTERVAL_MINUTES = 1;
    public static final int MAX_NAG_INTERVAL_MINUTES = 240;
    public static final int MIN_NAGS = 0;
    public static final int MAX_NAGS = 20;

    /** What a person has before they choose: quiet 22:00 to 07:30, a nag every 10 minutes, 3 at most. */
    public static final Preferences DEFAULTS = new Preferences(
            Optional.of(new QuietHours(new TimeOfDay(LocalTime.of(22, 0)), new TimeOfDay(LocalTime.of(7, 30)))),
            10, 3, Optional.empty(), List.of(ReminderChannel.SMS, ReminderChannel.WEB));

    public Preferences {
        List<FieldError> errors = new ArrayList<>();
        if (quietHours == null) {
            errors.add(new FieldError("quietHours", "is required (null for none)"));
        }
        if (checkInTime == null) {
            errors.add(new FieldError("checkInTime", "is required (null for none)"));
        }
        if (nagIntervalMinutes < MIN_NAG_INTERVAL_MINUTES || nagIntervalMinutes > MAX_NAG_INTERVAL_MINUTES) {
            errors.add(new FieldError("nagIntervalMinutes",
                    "is between " + MIN_NAG_INTERVAL_MINUTES + " and " + MAX_NAG_INTERVAL_MINUTES));
        }
        if (maxNags < MIN_NAGS || maxNags > MAX_NAGS) {
            errors.add(new FieldError("maxNags", "is between " + MIN_NAGS + " and " + MAX_NAGS));
        }
        if (reminderChannels == null || reminderChannels.isEmpty()) {
            errors.add(new FieldError("reminderChannels", "holds at least one channel"));
        } else if (reminderChannels.stream().anyMatch(Objects::isNull)) {
            errors.add(new FieldError("reminderChannels", "holds no null"));
        } else if (new HashSet<>(reminderChannels).size() != reminderChannels.size()) {
            errors.add(new FieldError("reminderChannels", "holds each channel once"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        reminderChannels = List.copyOf(reminderChannels);
    }
}
