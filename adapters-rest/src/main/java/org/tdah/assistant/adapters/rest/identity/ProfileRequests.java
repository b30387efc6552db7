package org.tdah.assistant.adapters.rest.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.application.identity.profile.UpdateProfile;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.Preferences;
import org.tdah.assistant.domain.identity.QuietHours;
import org.tdah.assistant.domain.identity.ReminderChannel;
import org.tdah.assistant.domain.identity.TimeOfDay;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.domain.shared.FieldError;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * Reads the bodies of {@code PATCH /users/me} and {@code PUT /users/me/preferences} field by field,
 * so that an unknown field is a 422 under its own name and every refused field is reported at once.
 * A field of the wrong JSON type is a 400, as everywhere else.
 */
final class ProfileRequests {
    private static final Set<String> PROFILE_FIELDS = Set.of("displayName", "timezone", "locale", "smsConsent");
    private static final Set<String> PREFERENCE_FIELDS =
            Set.of("quietHours", "nagIntervalMinutes", "maxNags", "checkInTime", "reminderChannels");
    private static final Set<String> QUIET_HOURS_FIELDS = Set.of("start", "end");

    private ProfileRequests() {}

    /** The change a PATCH asks for; a missing body changes nothing. */
    static UpdateProfile.Change change(JsonNode body) {
        JsonNode object = objectOrEmpty(body, "");
        List<FieldError> errors = new ArrayList<>();
        unknownFields(object, PROFILE_FIELDS, "", errors);
        Optional<DisplayName> displayName = optional(object, "displayName", errors, DisplayName::parse);
        Optional<Timezone> timezone = optional(object, "timezone", errors, Timezone::new);
        Optional<Language> language = optional(object, "locale", errors, Language::ofCode);
        Optional<Boolean> smsConsent = optionalFlag(object, "smsConsent", errors);
        throwIfAny(errors);
        return new UpdateProfile.Change(displayName, timezone, language, smsConsent);
    }

    /** The whole set of preferences a PUT gives: every field is required, null where it means none. */
    static Preferences preferences(JsonNode body) {
        JsonNode object = objectOrEmpty(body, "");
        List<FieldError> errors = new ArrayList<>();
        unknownFields(object, PREFERENCE_FIELDS, "", errors);
        Optional<QuietHours> quietHours = collect(errors, () -> quietHours(object.get("quietHours")));
        Integer nagInterval = collect(errors, () -> whole(object, "nagIntervalMinutes"));
        Integer maxNags = collect(errors, () -> whole(object, "maxNags"));
        Optional<TimeOfDay> checkIn = collect(errors, () -> nullableTime(object, "checkInTime"));
        List<ReminderChannel> channels = collect(errors, () -> channels(object.get("reminderChannels")));
        throwIfAny(errors);
        return new Preferences(quietHours, nagInterval, maxNags, checkIn, channels);
    }

    private static Optional<QuietHours> quietHours(JsonNode node) {
        if (node == null) {
            throw InvalidInputException.of("quietHours", "is required (null for none)");
        }
        if (node.isNull()) {
            return Optional.empty();
        }
        JsonNode object = objectOrEmpty(node, "quietHours");
        List<FieldError> inner = new ArrayList<>();
        unknownFields(object, QUIET_HOURS_FIELDS, "quietHours.", inner);
        TimeOfDay start = collect(inner, () -> time(object, "start", "quietHours.start"));
        TimeOfDay end = collect(inner, () -> time(object, "end", "quietHours.end"));
        if (!inner.isEmpty()) {
            throw new InvalidInputException(inner);
        }
        return Optional.of(new QuietHours(start, end));
    }

    private static Integer whole(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            throw InvalidInputException.of(field, "is required");
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw wrongType(field);
        }
        return node.intValue();
    }

    private static Optional<TimeOfDay> nullableTime(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (node == null) {
            throw InvalidInputException.of(field, "is required (null for none)");
        }
        return node.isNull() ? Optional.empty() : Optional.of(time(object, field, field));
    }

    private static TimeOfDay time(JsonNode object, String name, String field) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            throw InvalidInputException.of(field, "is required");
        }
        if (!node.isTextual()) {
            throw wrongType(field);
        }
        return TimeOfDay.parse(field, node.textValue());
    }

    private static List<ReminderChannel> channels(JsonNode node) {
        if (node == null || node.isNull()) {
            throw InvalidInputException.of("reminderChannels", "is required");
        }
        if (!node.isArray()) {
            throw wrongType("reminderChannels");
        }
        List<ReminderChannel> channels = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw wrongType("reminderChannels");
            }
            channels.add(ReminderChannel.ofWireName(item.textValue()));
        }
        return channels;
    }

    private static <T> Optional<T> optional(JsonNode object, String field, List<FieldError> errors,
            Function<String, T> parse) {
        JsonNode node = object.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isNull() && !node.isTextual()) {
            throw wrongType(field);
        }
        return Optional.ofNullable(collect(errors, () -> parse.apply(node.isNull() ? null : node.textValue())));
    }

    /** A true or false field; null is refused (422), another JSON type is a 400. */
    private static Optional<Boolean> optionalFlag(JsonNode object, String field, List<FieldError> errors) {
        JsonNode node = object.get(field);
        if (node == null) {
            return Optional.empty();
        }
        if (node.isNull()) {
            errors.add(new FieldError(field, "must be true or false"));
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            throw wrongType(field);
        }
        return Optional.of(node.booleanValue());
    }

    /** The value, or null with its errors added to the list. */
    private static <T> T collect(List<FieldError> errors, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException refused) {
            errors.addAll(refused.errors());
            return null;
        }
    }

    private static void unknownFields(JsonNode object, Set<String> known, String prefix, List<FieldError> errors) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            String name = fields.next().getKey();
            if (!known.contains(name)) {
                errors.add(new FieldError(prefix + name, "is not a known field"));
            }
        }
    }

    private static JsonNode objectOrEmpty(JsonNode node, String field) {
        if (node == null || node.isMissingNode() || (node.isNull() && field.isEmpty())) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            throw field.isEmpty()
                    ? new WebApplicationException(Problems.response(GeneralProblem.MALFORMED_REQUEST,
                            "The body is a JSON object."))
                    : wrongType(field);
        }
        return node;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static WebApplicationException wrongType(String field) {
        return new WebApplicationException(Problems.response(GeneralProblem.MALFORMED_REQUEST,
                "The field '" + field + "' has the wrong type."));
    }
}
