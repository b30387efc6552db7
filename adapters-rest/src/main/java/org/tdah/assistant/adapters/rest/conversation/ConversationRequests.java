package org.tdah.assistant.adapters.rest.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.JsonFields;
import org.tdah.assistant.application.conversation.MessageWindow;
import org.tdah.assistant.application.conversation.conversations.ChangeConversation;
import org.tdah.assistant.application.conversation.messages.PostMessage;
import org.tdah.assistant.domain.conversation.ConversationTitle;
import org.tdah.assistant.domain.conversation.MessageBody;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.FieldError;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * Reads the bodies and query parameters of the conversation endpoints field by field: every
 * refused field is reported at once (422), an unknown field is refused under its name, and a field
 * of the wrong JSON type is a 400, as everywhere else.
 */
final class ConversationRequests {
    private static final Set<String> CONVERSATION_FIELDS = Set.of("title", "archived");
    private static final Set<String> MESSAGE_FIELDS = Set.of("body", "replyTo");

    private ConversationRequests() {}

    /** The title of a new conversation (none when absent or null); {@code archived} is not for a new one. */
    static Optional<ConversationTitle> newConversation(JsonNode body) {
        JsonFields fields = new JsonFields(body, Set.of("title"));
        Optional<ConversationTitle> title = fields.nullableText("title", ConversationTitle::new).orElse(Optional.empty());
        fields.throwIfAny();
        return title;
    }

    static ChangeConversation.Change change(JsonNode body) {
        JsonFields fields = new JsonFields(body, CONVERSATION_FIELDS);
        Optional<Optional<ConversationTitle>> title = fields.nullableText("title", ConversationTitle::new);
        Optional<Boolean> archived = fields.flag("archived");
        fields.throwIfAny();
        return new ChangeConversation.Change(title, archived);
    }

    static PostMessage.Command message(JsonNode body) {
        JsonFields fields = new JsonFields(body, MESSAGE_FIELDS);
        Optional<MessageBody> text = fields.nullableText("body", MessageBody::new).orElse(Optional.empty());
        if (text.isEmpty()) {
            fields.requireOrRefused("body");
        }
        Optional<MessageId> replyTo = fields.nullableText("replyTo", ConversationRequests::messageId)
                .orElse(Optional.empty());
        fields.throwIfAny();
        return PostMessage.Command.fromTheWeb(text.orElseThrow(), replyTo);
    }

    /** The account of the authenticated caller. */
    static AccountId caller(SecurityContext security) {
        return CallerPrincipal.of(security).accountId();
    }

    /** {@code ?archived=true|false}; absent lists both. */
    static Optional<Boolean> archivedFilter(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return switch (raw) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw InvalidInputException.of("archived", "is true or false");
        };
    }

    /** {@code ?after=&before=}: ISO-8601 instants, both optional. */
    static MessageWindow window(String after, String before) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Instant> since = instant("after", after, errors);
        Optional<Instant> until = instant("before", before, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new MessageWindow(since, until);
    }

    private static Optional<Instant> instant(String field, String raw, List<FieldError> errors) {
        if (raw == null || raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(raw));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "is an ISO-8601 instant such as 2026-12-01T09:30:00Z"));
            return Optional.empty();
        }
    }

    private static MessageId messageId(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.of("replyTo", "is the id of a message of this conversation");
        }
        return new MessageId(raw);
    }
}
