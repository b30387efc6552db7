package org.tdah.assistant.adapters.rest.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.tdah.assistant.domain.identity.Preferences;
import org.tdah.assistant.domain.identity.QuietHours;
import org.tdah.assistant.domain.identity.ReminderChannel;
import org.tdah.assistant.domain.identity.TimeOfDay;

/**
 * A person's reminder preferences as clients see them: local times HH:MM, {@code null} where there
 * is none (the fields are always present), channels by their wire names in order of preference.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PreferencesRepresentation(@Schema(nullable = true) Hours quietHours, int nagIntervalMinutes, int maxNags,
        @Schema(nullable = true) String checkInTime, List<String> reminderChannels) {

    /** When the assistant stays silent. */
    public record Hours(String start, String end) {}

    static PreferencesRepresentation of(Preferences preferences) {
        return new PreferencesRepresentation(
                preferences.quietHours().map(PreferencesRepresentation::hours).orElse(null),
                preferences.nagIntervalMinutes(),
                preferences.maxNags(),
                preferences.checkInTime().map(TimeOfDay::toString).orElse(null),
                preferences.reminderChannels().stream().map(ReminderChannel::wireName).toList());
    }

    private static Hours hours(QuietHours quietHours) {
        return new Hours(quietHours.start().toString(), quietHours.end().toString());
    }
}
