package org.tdah.assistant.adapters.rest.openapi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shapes of the JSON bodies that resources read field by field from a {@code JsonNode} (to tell
 * an absent field from a null one, and to refuse unknown fields), for the document only. Each lists
 * the fields its reader accepts ({@code AssistantRequests}, {@code ConversationRequests},
 * {@code ProfileRequests}, {@code PhoneNumbersResource}); every field is optional unless marked.
 */
public final class RequestShapes {
    private RequestShapes() {}

    public record NewTask(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Call the dentist") String title) {}

    public record TaskChange(String title, @Schema(allowableValues = {"open", "done"}) String status) {}

    public record NewReminder(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ISO-8601 instant, UTC") String dueAt,
            @Schema(description = "RFC 5545 RRULE", nullable = true) String recurrence,
            @Schema(description = "IANA zone id; the account's when absent") String timezone,
            @Schema(nullable = true) String taskId) {}

    public record ReminderChange(String text, String dueAt, @Schema(nullable = true) String recurrence, String timezone,
            @Schema(allowableValues = {"scheduled", "done", "cancelled"}, description = "snoozed comes with snoozedUntil") String status,
            @Schema(description = "ISO-8601 instant, UTC") String snoozedUntil) {}

    public record NewConversation(@Schema(nullable = true) String title) {}

    public record ConversationChange(@Schema(nullable = true) String title, Boolean archived) {}

    public record NewMessage(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String body,
            @Schema(nullable = true, description = "the id of a message of this conversation") String replyTo) {}

    public record ProfileChange(String displayName, @Schema(description = "IANA zone id") String timezone,
            @Schema(allowableValues = {"en", "fr"}) String locale, Boolean smsConsent) {}

    public record NewNumber(@Schema(example = "415") String areaCode, @Schema(example = "US") String country) {}
}
