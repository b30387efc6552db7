package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.People.Person;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * Administration over HTTP on real PostgreSQL and Redis: the search of accounts, one account,
 * disable and enable, the recovery of second factors, their audit entries, and the lock that
 * keeps the last administrator under concurrent demotions.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdministrationApiIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);

    private final ApiClient api = TestApplication.api(APP);
    private final People people = new People(api, APP);

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    private ApiClient.Reply post(String path, String token) {
        return api.postJson(path, token, null);
    }

    private ApiClient.Reply logIn(String email, String password) {
        return api.postJson("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    private List<String> auditActions(Person admin, String subject) {
        JsonNode items = api.getWithToken("/api/v1/admin/audit?category=administration&subject=" + subject,
                admin.token()).json().get("items");
        List<String> actions = new ArrayList<>();
        items.forEach(item -> actions.add(item.get("action").asText()));
        return actions;
    }

    @Test
    void only_user_manage_reaches_the_account_administration() {
        Person user = people.person();
        Person other = people.person();

        for (ApiClient.Reply reply : List.of(api.getWithToken("/api/v1/admin/users", user.token()),
                api.getWithToken("/api/v1/admin/users/" + other.id(), user.token()),
                post("/api/v1/admin/users/" + other.id() + "/disable", user.token()),
                post("/api/v1/admin/users/" + other.id() + "/enable", user.token()),
                post("/api/v1/admin/users/" + other.id() + "/second-factors/reset", user.token()))) {
            assertThat(reply.status()).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/admin/users").status()).isEqualTo(401);
        assertThat(api.getWithToken("/api/v1/users/me", other.token()).status()).isEqualTo(200);
    }

    @Test
    void a_search_matches_email_or_name_filters_by_role_and_state_and_pages_without_gaps() {
        Person admin = people.administrator();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String email = "search-" + marker + "-" + i + "@example.org";
            api.registerAndLogIn(email, People.PASSWORD, "Searched " + i);
            created.add(email);
        }

        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiClient.Reply page = api.getWithToken("/api/v1/admin/users?q=" + marker.toUpperCase() + "&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), admin.token());
            assertThat(page.status()).isEqualTo(200);
            for (JsonNode item : page.json().get("items")) {
                assertThat(seen.add(item.get("email").asText())).isTrue();
                assertThat(item.get("roles").get(0).asText()).isEqualTo("user");
                assertThat(item.get("state").asText()).isEqualTo("unverified");
                assertThat(item.has("createdAt")).isTrue();
                assertThat(item.has("passwordHash")).isFalse();
            }
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(seen).isEqualTo(created);
        assertThat(pages).isEqualTo(3);

        JsonNode byName = api.getWithToken("/api/v1/admin/users?q=searched%204", admin.token()).json().get("items");
        assertThat(byName.findValuesAsText("email")).contains("search-" + marker + "-4@example.org");
        JsonNode administrators = api.getWithToken("/api/v1/admin/users?role=administrator&limit=100", admin.token())
                .json().get("items");
        assertThat(administrators.findValuesAsText("id")).contains(admin.id());
        assertThat(administrators.findValuesAsText("email")).doesNotContainAnyElementsOf(created);
        JsonNode unverified = api.getWithToken("/api/v1/admin/users?state=unverified&q=" + marker, admin.token())
                .json().get("items");
        assertThat(unverified).hasSize(5);
        assertThat(api.getWithToken("/api/v1/admin/users?state=active&q=" + marker, admin.token()).json().get("items"))
                .isEmpty();
    }

    @Test
    void wrong_filters_and_cursors_are_422_naming_the_parameter() {
        Person admin = people.administrator();

        for (String query : List.of("role=wizard", "state=asleep", "limit=0", "limit=101", "cursor=not-a-cursor")) {
            ApiClient.Reply reply = api.getWithToken("/api/v1/admin/users?" + query, admin.token());
            assertThat(reply.status()).as(query).isEqualTo(422);
            assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo(query.split("=")[0]);
        }
    }

    @Test
    void one_account_shows_its_second_factors_without_secrets_and_an_unknown_one_is_404() {
        Person admin = people.administrator();

        ApiClient.Reply own = api.getWithToken("/api/v1/admin/users/" + admin.id(), admin.token());

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("email").asText()).isEqualTo(admin.email());
        assertThat(own.json().get("state").asText()).isEqualTo("unverified");
        assertThat(own.json().get("disabledAt").isNull()).isTrue();
        JsonNode factors = own.json().get("secondFactors");
        assertThat(factors.get("totpEnabled").asBoolean()).isTrue();
        assertThat(factors.get("smsEnabled").asBoolean()).isFalse();
        assertThat(factors.get("backupCodesRemaining").asInt()).isEqualTo(10);
        assertThat(own.body()).doesNotContain("secret").doesNotContain("$2a$");
        ApiClient.Reply unknown = api.getWithToken("/api/v1/admin/users/" + UUID.randomUUID(), admin.token());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asText()).endsWith("/not-found");
    }

    @Test
    void a_disabled_account_is_logged_out_at_once_and_its_login_answers_as_a_wrong_password() {
        Person admin = people.administrator();
        Person sam = people.person();
        String refresh = logIn(sam.email(), People.PASSWORD).json().get("refreshToken").asText();

        ApiClient.Reply disabled = post("/api/v1/admin/users/" + sam.id() + "/disable", admin.token());

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("state").asText()).isEqualTo("disabled");
        assertThat(disabled.json().get("disabledAt").asText()).endsWith("Z");
        assertThat(api.getWithToken("/api/v1/users/me", sam.token()).status()).isEqualTo(401);
        assertThat(api.postJson("/api/v1/auth/refresh", Map.of("refreshToken", refresh)).status()).isEqualTo(401);
        ApiClient.Reply rightPassword = logIn(sam.email(), People.PASSWORD);
        ApiClient.Reply wrongPassword = logIn(sam.email(), "not the password at all");
        assertThat(rightPassword.status()).isEqualTo(wrongPassword.status()).isEqualTo(401);
        assertThat(withoutRequestId(rightPassword)).isEqualTo(withoutRequestId(wrongPassword));
        assertThat(rightPassword.contentType()).isEqualTo(wrongPassword.contentType());
        assertThat(post("/api/v1/admin/users/" + sam.id() + "/disable", admin.token()).status()).isEqualTo(200);

        ApiClient.Reply enabled = post("/api/v1/admin/users/" + sam.id() + "/enable", admin.token());

        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.json().get("state").asText()).isEqualTo("unverified");
        assertThat(logIn(sam.email(), People.PASSWORD).status()).isEqualTo(200);
        assertThat(auditActions(admin, sam.id())).containsExactly("account-enabled", "account-disabled");
    }

    @Test
    void a_password_reset_does_not_let_a_disabled_account_back_in() {
        Person admin = people.administrator();
        Person sam = people.person();
        post("/api/v1/admin/users/" + sam.id() + "/disable", admin.token());

        api.postJson("/api/v1/auth/password/forgot", Map.of("email", sam.email()));
        String code = Mailboxes.awaitCode(MAIL, sam.email(), "Reset your password", 1);
        api.postJson("/api/v1/auth/password/reset", Map.of("token", code, "newPassword", "a brand new passphrase here"));

        assertThat(logIn(sam.email(), "a brand new passphrase here").status()).isEqualTo(401);
    }

    @Test
    void nobody_disables_themselves_and_unknown_accounts_are_404() {
        Person admin = people.administrator();

        ApiClient.Reply own = post("/api/v1/admin/users/" + admin.id() + "/disable", admin.token());

        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("type").asText()).endsWith("/own-account");
        String unknown = UUID.randomUUID().toString();
        for (String action : List.of("/disable", "/enable", "/second-factors/reset")) {
            assertThat(post("/api/v1/admin/users/" + unknown + action, admin.token()).status()).as(action).isEqualTo(404);
        }
    }

    @Test
    void the_last_active_administrator_cannot_be_disabled() {
        Person caller = people.administrator();
        Person carol = people.administrator();
        onlyAdministrators(carol.id());

        ApiClient.Reply refused = post("/api/v1/admin/users/" + carol.id() + "/disable", caller.token());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asText()).endsWith("/last-administrator");
        assertThat(api.getWithToken("/api/v1/users/me", carol.token()).status()).isEqualTo(200);
    }

    @Test
    void a_reset_removes_every_second_factor_logs_out_tells_the_person_and_is_audited() {
        Person admin = people.administrator();
        Person sam = people.person();
        people.enrolAuthenticator(sam);

        ApiClient.Reply reset = post("/api/v1/admin/users/" + sam.id() + "/second-factors/reset", admin.token());

        assertThat(reset.status()).isEqualTo(204);
        assertThat(api.getWithToken("/api/v1/users/me", sam.token()).status()).isEqualTo(401);
        ApiClient.Reply login = logIn(sam.email(), People.PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().has("accessToken")).isTrue();
        JsonNode factors = api.getWithToken("/api/v1/admin/users/" + sam.id(), admin.token()).json().get("secondFactors");
        assertThat(factors.get("totpEnabled").asBoolean()).isFalse();
        assertThat(factors.get("backupCodesRemaining").asInt()).isZero();
        assertThat(Mailboxes.awaitEmail(MAIL, sam.email(), "Your two-step login was reset", 1).body())
                .contains("An administrator turned off every second factor");
        assertThat(auditActions(admin, sam.id())).containsExactly("second-factors-reset");
        ApiClient.Reply own = post("/api/v1/admin/users/" + admin.id() + "/second-factors/reset", admin.token());
        assertThat(own.status()).isEqualTo(403);
    }

    @Test
    void a_role_change_is_in_the_audit_trail_with_the_administrator_as_actor() {
        Person admin = people.administrator();
        Person bob = people.person();

        api.send(api.request("/api/v1/admin/users/" + bob.id() + "/roles")
                .header("Authorization", "Bearer " + admin.token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"roles\":[\"premium\"]}")));

        JsonNode entry = api.getWithToken("/api/v1/admin/audit?category=administration&subject=" + bob.id(),
                admin.token()).json().get("items").get(0);
        assertThat(entry.get("action").asText()).isEqualTo("roles-changed");
        assertThat(entry.get("actorId").asText()).isEqualTo(admin.id());
    }

    @Test
    void of_two_concurrent_demotions_of_the_only_two_administrators_exactly_one_succeeds() throws Exception {
        for (int round = 0; round < 3; round++) {
            Person first = people.administrator();
            Person second = people.administrator();
            onlyAdministrators(first.id(), second.id());

            List<ApiClient.Reply> replies = concurrently(
                    () -> demote(first.token(), second.id()),
                    () -> demote(second.token(), first.id()));

            List<Integer> statuses = replies.stream().map(ApiClient.Reply::status).toList();
            assertThat(statuses).as("round %d: %s", round, replies).containsOnlyOnce(200);
            assertThat(statuses).as("round %d", round).allMatch(status -> status == 200 || status == 409 || status == 401);
            assertThat(administratorsLeft()).as("round %d", round).isEqualTo(1);
        }
    }

    private ApiClient.Reply demote(String token, String id) {
        return api.send(api.request("/api/v1/admin/users/" + id + "/roles")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"roles\":[]}")));
    }

    @SafeVarargs
    private static List<ApiClient.Reply> concurrently(java.util.concurrent.Callable<ApiClient.Reply>... calls)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiClient.Reply>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(clients.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<ApiClient.Reply> replies = new ArrayList<>();
            for (Future<ApiClient.Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            clients.shutdownNow();
        }
    }

    /** Leaves only these accounts administrators, as if every other had been demoted. */
    private void onlyAdministrators(String... ids) {
        String list = String.join("','", ids);
        execute("UPDATE accounts SET roles = ARRAY['USER'] WHERE 'ADMINISTRATOR' = ANY (roles) AND id NOT IN ('"
                + list + "')");
    }

    private long administratorsLeft() throws SQLException {
        try (var connection = DriverManager.getConnection(APP.getConfiguration().database.url);
                var statement = connection.createStatement();
                var result = statement.executeQuery(
                        "SELECT count(*) FROM accounts WHERE 'ADMINISTRATOR' = ANY (roles) AND disabled_at IS NULL")) {
            result.next();
            return result.getLong(1);
        }
    }

    private void execute(String statement) {
        try (var connection = DriverManager.getConnection(APP.getConfiguration().database.url);
                var prepared = connection.createStatement()) {
            prepared.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode withoutRequestId(ApiClient.Reply reply) {
        ObjectNode body = (ObjectNode) reply.json().deepCopy();
        body.remove("requestId");
        return body;
    }
}
