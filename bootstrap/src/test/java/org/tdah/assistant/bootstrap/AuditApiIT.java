package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.People.Person;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * The audit trail over HTTP: every permission decision lands in it with who, what, where and the
 * request id; administrators read it filtered and paged, each person reads only their own security
 * history, and administration needs a second factor.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AuditApiIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);

    private final ApiClient api = TestApplication.api(APP);
    private final People people = new People(api, APP);

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    /** Every item of the trail that the administrator finds with this query, following every page. */
    private List<JsonNode> audit(Person administrator, String query) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            ApiClient.Reply page = api.getWithToken("/api/v1/admin/audit?limit=100&" + query
                    + (cursor == null ? "" : "&cursor=" + cursor), administrator.token());
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().get("items").forEach(items::add);
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asText();
        } while (cursor != null);
        return items;
    }

    /** The entries of this query once one matches: decisions are written a few milliseconds after their request. */
    private List<JsonNode> eventually(Person administrator, String query, Predicate<JsonNode> awaited)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<JsonNode> items = audit(administrator, query);
        while (items.stream().noneMatch(awaited) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            items = audit(administrator, query);
        }
        return items;
    }

    @Test
    void a_denied_request_is_in_the_trail_with_its_actor_resource_address_and_request_id() throws Exception {
        Person ana = people.person();
        Person administrator = people.administrator();

        ApiClient.Reply denied = api.send(api.request("/api/v1/admin/audit?action=login-failed")
                .header("Authorization", "Bearer " + ana.token()).header("X-Request-Id", "ana-tries-the-audit").GET());
        assertThat(denied.status()).isEqualTo(403);

        List<JsonNode> entries = eventually(administrator, "actor=" + ana.id() + "&decision=deny",
                entry -> entry.get("requestId").asText().equals("ana-tries-the-audit"));
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("category").asText()).isEqualTo("decision");
        assertThat(entry.get("action").asText()).isEqualTo("audit:read");
        assertThat(entry.get("resource").asText()).as("no query string: it may carry a person's words")
                .isEqualTo("GET /api/v1/admin/audit");
        assertThat(entry.get("decision").asText()).isEqualTo("deny");
        assertThat(entry.get("address").asText()).isEqualTo("127.0.0.1");
        assertThat(entry.get("userAgent").asText()).startsWith("Java-http-client");
        assertThat(entry.get("at").asText()).endsWith("Z");
    }

    @Test
    void allowed_requests_are_recorded_too_and_the_filters_narrow_by_decision_action_category_and_time()
            throws Exception {
        Person bob = people.person();
        Person administrator = people.administrator();
        assertThat(api.getWithToken("/api/v1/users/me", bob.token()).status()).isEqualTo(200);

        List<JsonNode> allowed = eventually(administrator, "actor=" + bob.id() + "&decision=allow&action=profile:read",
                entry -> true);
        assertThat(allowed).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.get("decision").asText()).isEqualTo("allow");
            assertThat(entry.get("resource").asText()).isEqualTo("GET /api/v1/users/me");
        });
        assertThat(audit(administrator, "subject=" + bob.id() + "&category=security"))
                .extracting(entry -> entry.get("action").asText()).contains("registered", "login-succeeded")
                .doesNotContain("profile:read");
        assertThat(audit(administrator, "actor=" + bob.id() + "&to=2000-01-01T00:00:00Z")).isEmpty();
        assertThat(audit(administrator, "actor=" + bob.id() + "&from=2000-01-01T00:00:00Z")).isNotEmpty();
    }

    @Test
    void an_administrator_without_a_second_factor_is_refused_administration_but_may_enrol_one() throws Exception {
        Person administrator = people.administratorWithoutSecondFactor();

        ApiClient.Reply refused = api.getWithToken("/api/v1/admin/audit", administrator.token());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asText()).endsWith("/second-factor-required");
        assertThat(refused.json().get("detail").asText()).contains("second factor");
        assertThat(api.getWithToken("/api/v1/admin/roles", administrator.token()).status()).isEqualTo(403);

        people.enrolAuthenticator(administrator);

        assertThat(api.getWithToken("/api/v1/admin/roles", administrator.token()).status()).isEqualTo(200);
        assertThat(eventually(administrator, "actor=" + administrator.id() + "&decision=deny&action=audit:read",
                entry -> true)).hasSize(1);
    }

    @Test
    void a_person_reads_their_own_security_history_page_by_page_and_nothing_of_anyone_else() {
        Person ana = people.person();
        Person bob = people.person();
        people.logIn(ana);
        api.postJson("/api/v1/auth/login", Map.of("email", ana.email(), "password", "not ana's password"));
        api.postJson("/api/v1/auth/login", Map.of("email", bob.email(), "password", "not bob's password"));

        List<String> actions = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiClient.Reply page = api.getWithToken("/api/v1/users/me/activity?limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), ana.token());
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.json().get("items").size()).isLessThanOrEqualTo(2);
            page.json().get("items").forEach(item -> {
                actions.add(item.get("action").asText());
                assertThat(item.has("actorId")).as("a person's view names no administrator").isFalse();
            });
            cursor = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asText();
            pages++;
        } while (cursor != null);

        assertThat(pages).isGreaterThan(1);
        assertThat(actions).startsWith("login-failed", "login-succeeded")
                .contains("registered").doesNotContain("profile:read")
                .filteredOn("login-failed"::equals).hasSize(1);
    }

    @Test
    void a_wrong_filter_limit_or_cursor_is_422_naming_the_parameter() {
        Person administrator = people.administrator();
        for (String[] wrong : new String[][] {{"limit=0", "limit"}, {"limit=101", "limit"}, {"limit=many", "limit"},
                {"decision=maybe", "decision"}, {"category=gossip", "category"}, {"from=yesterday", "from"},
                {"to=2026-13-01T00:00:00Z", "to"}, {"cursor=not-a-cursor", "cursor"}}) {
            ApiClient.Reply reply = api.getWithToken("/api/v1/admin/audit?" + wrong[0], administrator.token());
            assertThat(reply.status()).as(wrong[0]).isEqualTo(422);
            assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo(wrong[1]);
        }
        assertThat(api.getWithToken("/api/v1/users/me/activity?cursor=%25%25", administrator.token()).status())
                .isIn(400, 422);
    }
}
