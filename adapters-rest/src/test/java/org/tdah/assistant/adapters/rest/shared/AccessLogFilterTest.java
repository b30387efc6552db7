package org.tdah.assistant.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.uri.UriTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The access line carries the route template, status, duration and account id as logging-context
 * fields (which the JSON layout writes as fields), the request histogram gets one observation per
 * request, and nothing is left in the logging context afterwards.
 */
class AccessLogFilterTest {
    private final Logger access = (Logger) LoggerFactory.getLogger(AccessLogFilter.LOGGER);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final List<String> observed = new ArrayList<>();
    private final AccessLogFilter filter = new AccessLogFilter(
            (method, route, status, nanos) -> observed.add(method + " " + route + " " + status));

    @BeforeEach
    void listen() {
        lines.start();
        access.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        access.detachAppender(lines);
    }

    @Test
    void an_authenticated_request_logs_its_route_template_status_duration_and_account_id_as_fields() throws Exception {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(RouteTemplateFilter.ROUTE, "/api/v1/tasks/{id}");
        attributes.put(RouteTemplateFilter.ACCOUNT, "0190f3c2-acc");

        filter.doFilter(request("GET", "/api/v1/tasks/0190f3c2-task", attributes), response(200), (req, res) -> { });

        ILoggingEvent line = lines.list.get(0);
        assertThat(line.getFormattedMessage()).startsWith("GET /api/v1/tasks/0190f3c2-task 200 ").endsWith(" ms 127.0.0.1");
        assertThat(line.getMDCPropertyMap()).containsEntry("route", "/api/v1/tasks/{id}").containsEntry("status", "200")
                .containsEntry("accountId", "0190f3c2-acc").containsKey("durationMs");
        assertThat(observed).containsExactly("GET /api/v1/tasks/{id} 200");
        assertThat(MDC.getCopyOfContextMap()).as("nothing left behind").isNullOrEmpty();
    }

    @Test
    void an_anonymous_request_nothing_matched_is_unmatched_and_has_no_account_id() throws Exception {
        filter.doFilter(request("POST", "/no/such/path", new HashMap<>()), response(404), (req, res) -> { });

        assertThat(lines.list.get(0).getMDCPropertyMap()).containsEntry("route", "unmatched")
                .containsEntry("status", "404").doesNotContainKey("accountId");
        assertThat(observed).containsExactly("POST unmatched 404");
    }

    @Test
    void the_route_is_jerseys_matched_templates_outermost_first() {
        assertThat(RouteTemplateFilter.template(List.of(new UriTemplate("/{id}/messages"),
                new UriTemplate("/api/v1/conversations")))).isEqualTo("/api/v1/conversations/{id}/messages");
        assertThat(RouteTemplateFilter.template(List.of(new UriTemplate("/api/v1/tasks/")))).isEqualTo("/api/v1/tasks");
        assertThat(RouteTemplateFilter.template(List.of(new UriTemplate("/")))).isEqualTo("/");
    }

    private static HttpServletRequest request(String method, String uri, Map<String, Object> attributes) {
        return (HttpServletRequest) Proxy.newProxyInstance(AccessLogFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, call, args) -> switch (call.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI" -> uri;
                    case "getServletPath" -> "";
                    case "getRemoteAddr" -> "127.0.0.1";
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(call.getName());
                });
    }

    private static HttpServletResponse response(int status) {
        return (HttpServletResponse) Proxy.newProxyInstance(AccessLogFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, call, args) -> {
                    if (call.getName().equals("getStatus")) {
                        return status;
                    }
                    throw new UnsupportedOperationException(call.getName());
                });
    }
}
