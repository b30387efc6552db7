package org.tdah.assistant.dev;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /dev/outbox} on the admin port lists the dev outbox as
 * {@code [{"channel","to","from","subject","body","at"}]}; {@code DELETE} empties it.
 */
final class DevOutboxServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DevOutbox outbox;
    private final transient ObjectMapper json;

    DevOutboxServlet(DevOutbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Map<String, String>> body = outbox.messages().stream().map(DevOutboxServlet::asJson).toList();
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), body);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
        outbox.clear();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static Map<String, String> asJson(DevOutbox.Message message) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("channel", message.channel());
        fields.put("to", message.to());
        fields.put("from", message.from());
        fields.put("subject", message.subject());
        fields.put("body", message.body());
        fields.put("at", message.at().toString());
        return fields;
    }
}
