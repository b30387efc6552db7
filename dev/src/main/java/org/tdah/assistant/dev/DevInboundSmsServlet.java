package org.tdah.assistant.dev;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tdah.assistant.adapters.sms.emulator.InboundDelivery;
import org.tdah.assistant.domain.shared.FieldError;
import org.tdah.assistant.domain.shared.InvalidInputException;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * {@code POST /dev/sms/inbound} on the admin port, in {@code dev} only: plays "someone texts this
 * number". Takes {@code {"from": "+15551230001", "to": "+15557654321", "body": "..."}}, has the
 * Twilio API emulator deliver that text to the SMS URL of our number {@code to}, signed as Twilio
 * signs it, and answers 202 {@code {"messageSid", "webhookStatus"}}. A missing field or a number
 * that is not E.164 is a 400 problem naming each field; a number the emulator does not own with
 * an SMS URL a 404; an SMS URL that cannot be reached a 502. Logs nothing: the text and the numbers
 * are the caller's.
 */
final class DevInboundSmsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_REQUEST_BYTES = 16 * 1024;
    private static final String PROBLEM = "application/problem+json";

    /** Delivers a text to one of our numbers, as {@code TwilioApiEmulator.deliverInboundText} does. */
    @FunctionalInterface
    interface InboundTexts {
        InboundDelivery deliver(String from, String to, String body);
    }

    /** What to answer: a status, a content type and a JSON body. */
    record Answer(int status, String contentType, Map<String, Object> json) {}

    private final transient InboundTexts texts;
    private final transient ObjectMapper json;

    DevInboundSmsServlet(InboundTexts texts, ObjectMapper json) {
        this.texts = texts;
        this.json = json;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Answer answer = answer(read(request.getInputStream()));
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), answer.json());
    }

    Answer answer(byte[] requestBody) {
        if (requestBody == null) {
            return problem(413, "Request too large", "an inbound text is at most " + MAX_REQUEST_BYTES + " bytes of JSON", List.of());
        }
        JsonNode request;
        try {
            request = json.readTree(requestBody);
        } catch (JsonProcessingException malformed) {
            request = null;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (request == null || !request.isObject()) {
            return problem(400, "Invalid input", "send a JSON object {\"from\": \"+15551230001\", \"to\": \"+15557654321\", \"body\": \"...\"}",
                    List.of());
        }
        List<FieldError> errors = new ArrayList<>();
        PhoneNumber from = phone(request, "from", errors);
        PhoneNumber to = phone(request, "to", errors);
        String body = text(request, "body", errors);
        if (!errors.isEmpty()) {
            return problem(400, "Invalid input", "see errors for each refused field", errors);
        }
        InboundDelivery delivery;
        try {
            delivery = texts.deliver(from.value(), to.value(), body);
        } catch (IllegalArgumentException notOurs) {
            return problem(404, "Not found", "the emulated Twilio account owns no number " + to.value()
                    + " with an SMS URL: provision that number first", List.of());
        } catch (UncheckedIOException unreachable) {
            return problem(502, "Bad gateway", "the SMS URL of " + to.value() + " could not be reached", List.of());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("messageSid", delivery.messageSid());
        answer.put("webhookStatus", delivery.status());
        return new Answer(202, "application/json", answer);
    }

    private static PhoneNumber phone(JsonNode request, String field, List<FieldError> errors) {
        String raw = text(request, field, errors);
        if (raw == null) {
            return null;
        }
        try {
            return PhoneNumber.parse(raw);
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(error -> errors.add(new FieldError(field, error.message())));
            return null;
        }
    }

    private static String text(JsonNode request, String field, List<FieldError> errors) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            errors.add(new FieldError(field, "is a non-blank string"));
            return null;
        }
        return value.asText();
    }

    private static Answer problem(int status, String title, String detail, List<FieldError> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (!errors.isEmpty()) {
            problem.put("errors", errors.stream().map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        }
        return new Answer(status, PROBLEM, problem);
    }

    /** The whole request body, or null when it is larger than {@link #MAX_REQUEST_BYTES}. */
    private static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_REQUEST_BYTES + 1);
        return bytes.length > MAX_REQUEST_BYTES ? null : bytes;
    }
}
