package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ExtendedResourceContext;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.Public;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.bootstrap.People.Person;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * Every endpoint of the running application, called by each kind of caller, answers exactly the
 * status of this table: anonymous, a user, a premium user, an administrator without a second factor
 * and one with. Each call comes from fresh accounts, so that no row depends on another. Every
 * answer to a non-administrator is searched for the data of a bystander, another person, who must
 * never appear; every 403 must be in the audit trail. An endpoint without a row, or without an
 * access marker ({@code @Public}, {@code @Authenticated}, {@code @RequiresPermission}), fails the test.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AuthorizationMatrixIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);

    private final ApiClient api = TestApplication.api(APP);
    private final People people = new People(api, APP);

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    enum CallerKind { ANONYMOUS, USER, PREMIUM, ADMINISTRATOR_WITHOUT_SECOND_FACTOR, ADMINISTRATOR }

    /**
     * What a row's request may refer to: the bystander's account, one of its sessions, one of its
     * conversations with one message, whose body holds a word nobody else wrote, one task and one reminder.
     */
    record Bystander(Person person, String sessionId, String conversationId, String messageId, String secretWord,
            String taskId, String reminderId) {}

    /**
     * One endpoint: its method and path template as the application declares them, the request made
     * (the path with the bystander's ids filled in, a body or none), and the status for each kind of
     * caller, in {@link CallerKind} order.
     */
    record Row(String method, String template, Function<Bystander, String> path, String body, boolean consumesItsCallers,
            Map<String, String> headers, int... statuses) {
        Row(String method, String template, Function<Bystander, String> path, String body, boolean consumesItsCallers,
                int... statuses) {
            this(method, template, path, body, consumesItsCallers, Map.of(), statuses);
        }
    }

    private static Row row(String method, String template, String body, int... statuses) {
        return new Row(method, template, bystander -> template, body, false, statuses);
    }

    /** A row whose call changes its callers (ends their session, turns a factor on or off): it gets callers of its own. */
    private static Row consuming(String method, String template, String body, int... statuses) {
        return new Row(method, template, bystander -> template, body, true, statuses);
    }

    private static final int[] PUBLIC_422 = {422, 422, 422, 422, 422};
    private static final String EMPTY = "{}";

    private static final List<Row> ROWS = List.of(
            row("POST", "/api/v1/auth/register", EMPTY, PUBLIC_422),
            row("POST", "/api/v1/auth/login", EMPTY, PUBLIC_422),
            row("POST", "/api/v1/auth/mfa/verify", EMPTY, PUBLIC_422),
            row("POST", "/api/v1/auth/mfa/sms/send", EMPTY, PUBLIC_422),
            row("POST", "/api/v1/auth/verify-email", EMPTY, PUBLIC_422),
            row("POST", "/api/v1/auth/verify-email/resend", null, 401, 202, 202, 202, 202),
            row("POST", "/api/v1/auth/password/forgot", EMPTY, PUBLIC_422),
            row("POST", "/api/v1/auth/password/reset", EMPTY, PUBLIC_422),
            row("POST", "/api/v1/auth/reauthenticate/sms/send", null, 401, 409, 409, 409, 409),
            row("POST", "/api/v1/auth/reauthenticate", EMPTY, 401, 422, 422, 422, 422),
            row("POST", "/api/v1/auth/refresh", EMPTY, PUBLIC_422),
            consuming("POST", "/api/v1/auth/logout", null, 401, 204, 204, 204, 204),
            consuming("POST", "/api/v1/mfa/totp/setup", null, 401, 200, 200, 200, 409),
            row("GET", "/api/v1/mfa/totp/qr.png", null, 401, 409, 409, 409, 409),
            row("POST", "/api/v1/mfa/totp/confirm", EMPTY, 401, 422, 422, 422, 422),
            consuming("DELETE", "/api/v1/mfa/totp", null, 401, 409, 409, 409, 204),
            row("POST", "/api/v1/mfa/backup-codes", null, 401, 409, 409, 409, 200),
            row("POST", "/api/v1/mfa/sms/setup", EMPTY, 401, 422, 422, 422, 422),
            row("POST", "/api/v1/mfa/sms/confirm", EMPTY, 401, 422, 422, 422, 422),
            row("DELETE", "/api/v1/mfa/sms", null, 401, 409, 409, 409, 409),
            row("GET", "/.well-known/jwks.json", null, 200, 200, 200, 200, 200),
            row("GET", "/api/v1/openapi.json", null, 200, 200, 200, 200, 200),
            row("GET", "/api/v1/openapi.yaml", null, 200, 200, 200, 200, 200),
            row("GET", "/api/v1/users/me", null, 401, 200, 200, 200, 200),
            row("PATCH", "/api/v1/users/me", EMPTY, 401, 200, 200, 200, 200),
            row("GET", "/api/v1/users/me/preferences", null, 401, 200, 200, 200, 200),
            row("PUT", "/api/v1/users/me/preferences", EMPTY, 401, 422, 422, 422, 422),
            row("GET", "/api/v1/users/me/activity", null, 401, 200, 200, 200, 200),
            row("POST", "/api/v1/users/me/phone", EMPTY, 401, 422, 422, 422, 422),
            row("POST", "/api/v1/users/me/phone/verify", EMPTY, 401, 422, 422, 422, 422),
            row("POST", "/api/v1/users/me/password", EMPTY, 401, 422, 422, 422, 422),
            row("GET", "/api/v1/sessions", null, 401, 200, 200, 200, 200),
            new Row("DELETE", "/api/v1/sessions/{id}", bystander -> "/api/v1/sessions/" + bystander.sessionId(), null,
                    false, 401, 404, 404, 404, 404),
            row("DELETE", "/api/v1/sessions", null, 401, 204, 204, 204, 204),
            row("GET", "/api/v1/admin/roles", null, 401, 403, 403, 403, 200),
            new Row("PUT", "/api/v1/admin/users/{id}/roles", bystander -> "/api/v1/admin/users/" + bystander.person().id()
                    + "/roles", "{\"roles\":[\"premium\"]}", false, 401, 403, 403, 403, 200),
            row("GET", "/api/v1/admin/audit", null, 401, 403, 403, 403, 200),
            row("GET", "/api/v1/admin/jobs", null, 401, 403, 403, 403, 200),
            row("GET", "/api/v1/admin/users", null, 401, 403, 403, 403, 200),
            ofTheBystanderAccount("GET", "/api/v1/admin/users/{id}", null, 401, 403, 403, 403, 200),
            ofTheBystanderAccount("POST", "/api/v1/admin/users/{id}/second-factors/reset", null, 401, 403, 403, 403, 204),
            ofTheBystanderAccount("POST", "/api/v1/admin/users/{id}/disable", null, 401, 403, 403, 403, 200),
            ofTheBystanderAccount("POST", "/api/v1/admin/users/{id}/enable", null, 401, 403, 403, 403, 200),
            row("GET", "/api/v1/conversations", null, 401, 200, 200, 200, 200),
            row("POST", "/api/v1/conversations", EMPTY, 401, 201, 201, 201, 201),
            // someone else's conversation, message and thread: 404 to everyone, administrators included
            ofTheBystanderConversation("GET", "/api/v1/conversations/{id}", null, 401, 404, 404, 404, 404),
            ofTheBystanderConversation("PATCH", "/api/v1/conversations/{id}", "{\"title\":\"mine now\"}",
                    401, 404, 404, 404, 404),
            ofTheBystanderConversation("DELETE", "/api/v1/conversations/{id}", null, 401, 404, 404, 404, 404),
            ofTheBystanderConversation("GET", "/api/v1/conversations/{id}/messages", null, 401, 404, 404, 404, 404),
            ofTheBystanderConversation("POST", "/api/v1/conversations/{id}/messages", "{\"body\":\"hello\"}",
                    401, 404, 404, 404, 404),
            ofTheBystanderConversation("GET", "/api/v1/conversations/{id}/messages/{messageId}/thread", null,
                    401, 404, 404, 404, 404),
            new Row("GET", "/api/v1/conversations/search", bystander -> "/api/v1/conversations/search?q="
                    + bystander.secretWord(), null, false, 401, 200, 200, 200, 200),
            row("GET", "/api/v1/tasks", null, 401, 200, 200, 200, 200),
            row("POST", "/api/v1/tasks", EMPTY, 401, 422, 422, 422, 422),
            ofTheBystanderTask("GET", "/api/v1/tasks/{id}", null, 401, 404, 404, 404, 404),
            ofTheBystanderTask("PATCH", "/api/v1/tasks/{id}", "{\"title\":\"mine now\"}", 401, 404, 404, 404, 404),
            ofTheBystanderTask("DELETE", "/api/v1/tasks/{id}", null, 401, 404, 404, 404, 404),
            row("GET", "/api/v1/reminders", null, 401, 200, 200, 200, 200),
            row("POST", "/api/v1/reminders", EMPTY, 401, 422, 422, 422, 422),
            ofTheBystanderReminder("GET", "/api/v1/reminders/{id}", null, 401, 404, 404, 404, 404),
            ofTheBystanderReminder("PATCH", "/api/v1/reminders/{id}", "{\"status\":\"cancelled\"}",
                    401, 404, 404, 404, 404),
            ofTheBystanderReminder("DELETE", "/api/v1/reminders/{id}", null, 401, 404, 404, 404, 404),
            ofTheBystanderReminder("GET", "/api/v1/reminders/{id}/occurrences", null, 401, 404, 404, 404, 404),
            // Twilio's webhooks: no token opens them; only a call Twilio signed is taken (these are not signed)
            row("POST", "/api/v1/sms/twilio/inbound", null, 403, 403, 403, 403, 403),
            row("POST", "/api/v1/sms/twilio/status", null, 403, 403, 403, 403, 403),
            row("GET", "/api/v1/phone-numbers", null, 401, 200, 200, 200, 200),
            // premium may ask for a number; the callers have no verified phone, so none gets one
            row("POST", "/api/v1/phone-numbers", EMPTY, 401, 403, 409, 409, 409),
            new Row("DELETE", "/api/v1/phone-numbers/{id}", bystander -> "/api/v1/phone-numbers/no-such-number", null, false,
                    401, 404, 404, 404, 404),
            row("GET", "/api/v1/sms/usage", null, 401, 200, 200, 200, 200),
            row("GET", "/api/v1/admin/sms/usage", null, 401, 403, 403, 403, 200),
            row("GET", "/api/v1/admin/sms/channel-logs", null, 401, 403, 403, 403, 200),
            row("GET", "/api/v1/admin/phone-numbers", null, 401, 403, 403, 403, 200),
            new Row("DELETE", "/api/v1/admin/phone-numbers/{id}", bystander -> "/api/v1/admin/phone-numbers/no-such-number",
                    null, false, 401, 403, 403, 403, 404),
            // a malformed resume token, so that an allowed caller is answered at once rather than streamed to
            new Row("GET", "/api/v1/events", bystander -> "/api/v1/events", null, false,
                    Map.of("Accept", "text/event-stream", "Last-Event-ID", "not-a-position"), 401, 422, 422, 422, 422));

    private Person personOf(CallerKind kind) {
        return switch (kind) {
            case ANONYMOUS -> null;
            case USER -> people.person();
            case PREMIUM -> people.premium();
            case ADMINISTRATOR_WITHOUT_SECOND_FACTOR -> people.administratorWithoutSecondFactor();
            case ADMINISTRATOR -> people.administrator();
        };
    }

    private Map<CallerKind, Person> callers() {
        Map<CallerKind, Person> callers = new EnumMap<>(CallerKind.class);
        for (CallerKind kind : CallerKind.values()) {
            callers.put(kind, personOf(kind));
        }
        return callers;
    }

    private Bystander bystander() {
        Person person = people.person();
        String sessionId = api.getWithToken("/api/v1/sessions", person.token()).json().get("items").get(0)
                .get("id").asText();
        String conversationId = api.postJson("/api/v1/conversations", person.token(), Map.of("title", "private"))
                .json().get("id").asText();
        String secretWord = "zanzibar" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String messageId = api.postJson("/api/v1/conversations/" + conversationId + "/messages", person.token(),
                Map.of("body", "remember " + secretWord + " tomorrow")).json().get("id").asText();
        String taskId = api.postJson("/api/v1/tasks", person.token(), Map.of("title", "private task")).json()
                .get("id").asText();
        String reminderId = api.postJson("/api/v1/reminders", person.token(), Map.of("text", "private reminder",
                "dueAt", "2099-01-01T09:00:00Z")).json().get("id").asText();
        return new Bystander(person, sessionId, conversationId, messageId, secretWord, taskId, reminderId);
    }

    private static Row ofTheBystanderTask(String method, String template, String body, int... statuses) {
        return new Row(method, template, bystander -> template.replace("{id}", bystander.taskId()), body, false,
                statuses);
    }

    private static Row ofTheBystanderReminder(String method, String template, String body, int... statuses) {
        return new Row(method, template, bystander -> template.replace("{id}", bystander.reminderId()), body, false,
                statuses);
    }

    private static Row ofTheBystanderAccount(String method, String template, String body, int... statuses) {
        return new Row(method, template, bystander -> template.replace("{id}", bystander.person().id()), body, false,
                statuses);
    }

    private static Row ofTheBystanderConversation(String method, String template, String body, int... statuses) {
        return new Row(method, template, bystander -> template.replace("{id}", bystander.conversationId())
                .replace("{messageId}", bystander.messageId()), body, false, statuses);
    }

    private ApiClient.Reply call(Row row, Bystander bystander, Person caller) {
        HttpRequest.Builder request = api.request(row.path().apply(bystander));
        if (caller != null) {
            request.header("Authorization", "Bearer " + caller.token());
        }
        row.headers().forEach(request::header);
        HttpRequest.BodyPublisher body = row.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(row.body());
        if (row.body() != null) {
            request.header("Content-Type", "application/json");
        }
        return api.send(request.method(row.method(), body));
    }

    /** Method and path template of every resource method the running application serves. */
    private static Set<String> endpointsOfTheRunningApplication() {
        ServletContainer container = (ServletContainer) APP.getEnvironment().getJerseyServletContainer();
        Set<String> endpoints = new TreeSet<>();
        container.getApplicationHandler().getInjectionManager().getInstance(ExtendedResourceContext.class)
                .getResourceModel().getResources().forEach(resource -> collect(resource, "", endpoints));
        return endpoints;
    }

    private static void collect(Resource resource, String parentPath, Set<String> endpoints) {
        String path = (parentPath + "/" + resource.getPath()).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        for (ResourceMethod method : resource.getResourceMethods()) {
            // the product's methods, not the OPTIONS and HEAD that Jersey adds to every resource
            if (method.getInvocable().getHandler().getHandlerClass().getName().startsWith("org.tdah.assistant.")) {
                endpoints.add(method.getHttpMethod() + " " + path + statesWhoMayCall(method.getInvocable()
                        .getHandlingMethod()));
            }
        }
        resource.getChildResources().forEach(child -> collect(child, path, endpoints));
    }

    /** Empty when the method or its class carries an access marker; a complaint otherwise. */
    private static String statesWhoMayCall(java.lang.reflect.Method method) {
        for (Class<? extends java.lang.annotation.Annotation> marker : List.of(Public.class, Authenticated.class,
                RequiresPermission.class)) {
            if (method.isAnnotationPresent(marker) || method.getDeclaringClass().isAnnotationPresent(marker)) {
                return "";
            }
        }
        return " (states no access marker)";
    }

    @Test
    void every_endpoint_of_the_running_application_has_a_row() {
        Set<String> served = endpointsOfTheRunningApplication();
        Set<String> rows = ROWS.stream().map(row -> row.method() + " " + row.template())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(served).as("the enumeration found the application, or it proves nothing").hasSizeGreaterThan(30);
        assertThat(rows).as("rows of endpoints the application does not serve").isSubsetOf(served);
        assertThat(served).as("endpoints without a row in the matrix").isSubsetOf(rows);
    }

    @Test
    void each_kind_of_caller_gets_exactly_its_status_sees_nothing_of_the_bystander_and_denials_are_audited() {
        Map<String, List<String>> mismatches = new java.util.TreeMap<>();
        List<String[]> denials = new ArrayList<>();
        Bystander bystander = bystander();
        Map<CallerKind, Person> shared = callers();
        for (Row row : ROWS) {
            Map<CallerKind, Person> callers = row.consumesItsCallers() ? callers() : shared;
            for (CallerKind kind : CallerKind.values()) {
                ApiClient.Reply reply;
                try {
                    reply = call(row, bystander, callers.get(kind));
                } catch (RuntimeException failed) {
                    throw new AssertionError(row.method() + " " + row.template() + " as " + kind + " failed", failed);
                }
                int expected = row.statuses()[kind.ordinal()];
                String where = row.method() + " " + row.template();
                if (reply.status() != expected) {
                    mismatches.computeIfAbsent(where, key -> new ArrayList<>())
                            .add(kind + ": expected " + expected + ", got " + reply.status() + " " + reply.body());
                }
                if (reply.body() != null) {
                    assertThat(reply.body()).as("%s as %s reveals the bystander's conversations", where, kind)
                            .doesNotContain(bystander.conversationId(), bystander.messageId(), bystander.secretWord(),
                                    bystander.taskId(), bystander.reminderId());
                }
                if (kind != CallerKind.ADMINISTRATOR && reply.body() != null) {
                    assertThat(reply.body()).as("%s as %s reveals the bystander", where, kind)
                            .doesNotContain(bystander.person().id(), bystander.person().email(), bystander.sessionId());
                }
                // a webhook's 403 refuses an unsigned call, whoever sends it: the channel log keeps it, not the audit
                if (reply.status() == 403 && callers.get(kind) != null && !row.template().startsWith("/api/v1/sms/twilio/")) {
                    denials.add(new String[] {callers.get(kind).id(), row.method() + " " + row.path().apply(bystander)});
                }
            }
        }
        assertThat(mismatches).isEmpty();

        Person auditor = people.administrator();
        assertThat(denials).as("3 administration endpoints refused to 3 kinds of caller").hasSizeGreaterThanOrEqualTo(9);
        for (String[] denial : denials) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode items = api.getWithToken("/api/v1/admin/audit?decision=deny&actor=" + denial[0],
                        auditor.token()).json().get("items");
                assertThat(items.findValuesAsText("resource")).as("the denial of %s", denial[1]).contains(denial[1]);
            });
        }
    }
}
