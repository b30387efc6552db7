package org.tdah.assistant.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The socket generator reads answers of either framing, several on one kept-alive connection. */
class SocketConnectionTest {
    private HttpServer server;
    private URI base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sized", exchange -> answer(exchange.getRequestBody().readAllBytes().length, exchange, false));
        server.createContext("/chunked", exchange -> answer(exchange.getRequestBody().readAllBytes().length, exchange, true));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(int bodyBytes, com.sun.net.httpserver.HttpExchange exchange, boolean chunked)
            throws IOException {
        byte[] body = ("{\"received\":" + bodyBytes + ",\"path\":\"" + exchange.getRequestURI().getPath() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(chunked ? 201 : 200, chunked ? 0 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, 0, 5);
            out.flush();
            out.write(body, 5, body.length - 5);
        }
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void answers_with_a_length_and_chunked_answers_are_read_whole_on_one_connection() throws IOException {
        try (SocketConnection connection = new SocketConnection(base, 5_000)) {
            SocketConnection.Answer sized = connection.exchange(
                    SocketConnection.request(base, "POST", "/sized", "Content-Type: application/json\r\n", "{\"a\":1}"));
            SocketConnection.Answer chunked = connection.exchange(
                    SocketConnection.request(base, "GET", "/chunked", "Accept: application/json\r\n", null));

            assertEquals(200, sized.status());
            assertEquals("{\"received\":7,\"path\":\"/sized\"}", new String(sized.body(), StandardCharsets.UTF_8));
            assertEquals(201, chunked.status());
            assertEquals("{\"received\":0,\"path\":\"/chunked\"}", new String(chunked.body(), StandardCharsets.UTF_8));
        }
    }
}
