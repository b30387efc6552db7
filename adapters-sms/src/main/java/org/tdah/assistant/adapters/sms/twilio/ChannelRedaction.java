package org.tdah.assistant.adapters.sms.twilio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What of a Twilio request and answer may be kept in the channel log. A message body (it may hold a
 * one-time code) becomes {@code [redacted, N characters]}; the recipient's number ({@code To},
 * {@code to}) keeps its last 4 digits ({@code +•••4567}); a secret Twilio echoes
 * ({@code auth_token}, an API key's {@code secret}) becomes {@code [redacted]}. Our own numbers
 * ({@code From}) stay readable. Each text is cut to {@link #MAX_CHARACTERS}.
 */
final class ChannelRedaction {
    static final int MAX_CHARACTERS = 4_000;
    private static final String CUT = "…";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> BODY_FIELDS = Set.of("body");
    private static final Set<String> RECIPIENT_FIELDS = Set.of("to");
    private static final Set<String> SECRET_FIELDS = Set.of("auth_token", "secret");

    private ChannelRedaction() {
    }

    /** Form or query parameters, as {@code Name=value&...} (not URL-encoded, for reading). */
    static String parameters(Map<String, List<String>> parameters) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, values) -> values.forEach(value -> pairs.add(name + "=" + parameter(name, value))));
        return cut(String.join("&", pairs));
    }

    /** A JSON text with its bodies, recipients and secrets redacted; any other text as it is. */
    static String json(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return parse(text).map(json -> {
            redact(json);
            return cut(json.toString());
        }).orElseGet(() -> cut(text));
    }

    /** The message SID ({@code SM...}, {@code MM...}) of a Message resource answer. */
    static Optional<String> messageSid(String answer) {
        return parse(answer).map(json -> json.path("sid").asText(""))
                .filter(sid -> sid.startsWith("SM") || sid.startsWith("MM"));
    }

    /** The Twilio error code of an error answer. */
    static Optional<String> errorCode(String answer) {
        return parse(answer).map(json -> json.path("code"))
                .filter(JsonNode::canConvertToInt)
                .map(code -> String.valueOf(code.asInt()));
    }

    static String redactedBody(String body) {
        return "[redacted, " + body.codePointCount(0, body.length()) + " characters]";
    }

    /** {@code +•••4567}: the last 4 digits only; fewer for a number that short. */
    static String maskedNumber(String number) {
        String digits = number.replaceAll("[^0-9]", "");
        String kept = digits.substring(Math.max(0, digits.length() - 4));
        return (number.startsWith("+") ? "+" : "") + "•••" + (digits.length() > 4 ? kept : "");
    }

    static String cut(String text) {
        if (text.length() <= MAX_CHARACTERS) {
            return text;
        }
        int end = MAX_CHARACTERS - CUT.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT;
    }

    private static String parameter(String name, String value) {
        if ("Body".equals(name)) {
            return redactedBody(value);
        }
        if ("To".equals(name)) {
            return maskedNumber(value);
        }
        return value;
    }

    private static Optional<JsonNode> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode json = MAPPER.readTree(text);
            return json != null && json.isContainerNode() ? Optional.of(json) : Optional.empty();
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }

    private static void redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (value.isTextual() && BODY_FIELDS.contains(name)) {
                    field.setValue(TextNode.valueOf(redactedBody(value.asText())));
                } else if (value.isTextual() && RECIPIENT_FIELDS.contains(name)) {
                    field.setValue(TextNode.valueOf(maskedNumber(value.asText())));
                } else if (!value.isNull() && SECRET_FIELDS.contains(name)) {
                    field.setValue(TextNode.valueOf("[redacted]"));
                } else {
                    redact(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(ChannelRedaction::redact);
        }
    }
}
