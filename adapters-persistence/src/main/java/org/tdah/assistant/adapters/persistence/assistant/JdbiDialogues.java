package org.tdah.assistant.adapters.persistence.assistant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.postgres.Timestamps;
import org.tdah.assistant.application.assistant.Dialogue;
import org.tdah.assistant.application.assistant.Dialogue.Item;
import org.tdah.assistant.application.assistant.Dialogue.LastAction;
import org.tdah.assistant.application.assistant.port.Dialogues;
import org.tdah.assistant.domain.assistant.Intent;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.assistant.TaskId;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Each person's dialogue in the {@code assistant_dialogues} table, as JSON written and read here
 * field by field (no domain type is serialized directly). The document carries a {@code version}
 * (refused when newer than this code knows) and every variant a {@code type} tag, so that new
 * variants can be added without touching the stored ones:
 *
 * <pre>
 * {"version": 1,
 *  "pending": {"type": "needs_time", "text": "..."}
 *           | {"type": "needs_text", "draft": {"type": "remind_once", "text": "", "at": "2026-12-01T16:00+01:00[Europe/Paris]"}
 *                                           | {"type": "remind_recurring", "text": "", "rrule": "FREQ=DAILY",
 *                                              "localTime": "07:45", "firstDate": "2026-12-07"}},
 *  "last": {"type": "task" | "reminder", "id": "..."},
 *  "undoable": {"type": "created", "tasks": ["..."], "reminders": ["..."]}
 *            | {"type": "completed" | "cancelled", "item": {"type": "task" | "reminder", "id": "..."}}}
 * </pre>
 *
 * Absent parts are left out. A zoned time keeps its zone id, not only its offset.
 */
public final class JdbiDialogues implements Dialogues {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PostgresDatabase database;
    private final Clock clock;

    /** Dialogues in this database; the clock dates each save ({@code updated_at}). */
    public JdbiDialogues(PostgresDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Optional<Dialogue> of(AccountId person) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT CAST(state AS TEXT) AS state FROM assistant_dialogues WHERE account_id = :person")
                .bind("person", person.value())
                .mapTo(String.class)
                .findOne())
                .map(JdbiDialogues::read);
    }

    @Override
    public void save(AccountId person, Dialogue dialogue) {
        String state = written(dialogue);
        database.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO assistant_dialogues (account_id, state, updated_at)
                        VALUES (:person, CAST(:state AS JSONB), :at)
                        ON CONFLICT (account_id) DO UPDATE SET state = EXCLUDED.state, updated_at = EXCLUDED.updated_at""")
                .bind("person", person.value())
                .bind("state", state)
                .bind("at", Timestamps.utc(clock.instant()))
                .execute());
    }

    static String written(Dialogue dialogue) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        dialogue.pending().ifPresent(question -> root.set("pending", question(question)));
        dialogue.last().ifPresent(item -> root.set("last", item(item)));
        dialogue.undoable().ifPresent(action -> root.set("undoable", action(action)));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a dialogue cannot be written as JSON", e);
        }
    }

    static Dialogue read(String state) {
        JsonNode root;
        try {
            root = JSON.readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored dialogue is not JSON", e);
        }
        int version = root.path("version").asInt(0);
        if (version < 1 || version > VERSION) {
            throw new IllegalStateException("a stored dialogue has version " + version + "; this code reads 1 to "
                    + VERSION);
        }
        return new Dialogue(optional(root, "pending", JdbiDialogues::readQuestion),
                optional(root, "last", JdbiDialogues::readItem),
                optional(root, "undoable", JdbiDialogues::readAction));
    }

    private static ObjectNode question(Intent.Clarify question) {
        ObjectNode node = JSON.createObjectNode();
        if (question instanceof Intent.NeedsTime needsTime) {
            node.put("type", "needs_time").put("text", needsTime.text());
        } else if (question instanceof Intent.NeedsText needsText) {
            node.put("type", "needs_text").set("draft", draft(needsText.draft()));
        } else {
            throw new IllegalArgumentException("no JSON form for the question " + question);
        }
        return node;
    }

    private static ObjectNode draft(Intent.Reminder draft) {
        ObjectNode node = JSON.createObjectNode();
        if (draft instanceof Intent.RemindOnce once) {
            node.put("type", "remind_once").put("text", once.text()).put("at", once.at().toString());
        } else if (draft instanceof Intent.RemindRecurring recurring) {
            node.put("type", "remind_recurring").put("text", recurring.text()).put("rrule", recurring.rrule())
                    .put("localTime", recurring.localTime().toString())
                    .put("firstDate", recurring.firstDate().toString());
        } else {
            throw new IllegalArgumentException("no JSON form for the reminder " + draft);
        }
        return node;
    }

    private static ObjectNode item(Item item) {
        ObjectNode node = JSON.createObjectNode();
        if (item instanceof Item.OfTask task) {
            node.put("type", "task").put("id", task.id().value());
        } else if (item instanceof Item.OfReminder reminder) {
            node.put("type", "reminder").put("id", reminder.id().value());
        } else {
            throw new IllegalArgumentException("no JSON form for the item " + item);
        }
        return node;
    }

    private static ObjectNode action(LastAction action) {
        ObjectNode node = JSON.createObjectNode();
        if (action instanceof LastAction.Created created) {
            node.put("type", "created");
            ArrayNode tasks = node.putArray("tasks");
            created.tasks().forEach(id -> tasks.add(id.value()));
            ArrayNode reminders = node.putArray("reminders");
            created.reminders().forEach(id -> reminders.add(id.value()));
        } else if (action instanceof LastAction.Completed completed) {
            node.put("type", "completed").set("item", item(completed.item()));
        } else if (action instanceof LastAction.Cancelled cancelled) {
            node.put("type", "cancelled").set("item", item(cancelled.item()));
        } else {
            throw new IllegalArgumentException("no JSON form for the action " + action);
        }
        return node;
    }

    private static Intent.Clarify readQuestion(JsonNode node) {
        return switch (type(node)) {
            case "needs_time" -> new Intent.NeedsTime(text(node, "text"));
            case "needs_text" -> new Intent.NeedsText(readDraft(node.path("draft")));
            default -> throw unknown("question", node);
        };
    }

    private static Intent.Reminder readDraft(JsonNode node) {
        return switch (type(node)) {
            case "remind_once" -> new Intent.RemindOnce(text(node, "text"), ZonedDateTime.parse(text(node, "at")));
            case "remind_recurring" -> new Intent.RemindRecurring(text(node, "text"), text(node, "rrule"),
                    LocalTime.parse(text(node, "localTime")), LocalDate.parse(text(node, "firstDate")));
            default -> throw unknown("reminder", node);
        };
    }

    private static Item readItem(JsonNode node) {
        return switch (type(node)) {
            case "task" -> new Item.OfTask(new TaskId(text(node, "id")));
            case "reminder" -> new Item.OfReminder(new ReminderId(text(node, "id")));
            default -> throw unknown("item", node);
        };
    }

    private static LastAction readAction(JsonNode node) {
        return switch (type(node)) {
            case "created" -> new LastAction.Created(
                    texts(node, "tasks").stream().map(TaskId::new).toList(),
                    texts(node, "reminders").stream().map(ReminderId::new).toList());
            case "completed" -> new LastAction.Completed(readItem(node.path("item")));
            case "cancelled" -> new LastAction.Cancelled(readItem(node.path("item")));
            default -> throw unknown("action", node);
        };
    }

    private static <T> Optional<T> optional(JsonNode root, String field, Function<JsonNode, T> reader) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(reader.apply(node));
    }

    private static String type(JsonNode node) {
        return text(node, "type");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("a stored dialogue lacks the text field " + field + " in " + node);
        }
        return value.asText();
    }

    private static List<String> texts(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }

    private static IllegalStateException unknown(String what, JsonNode node) {
        return new IllegalStateException("a stored dialogue holds an unknown " + what + " " + node);
    }
}
