package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.People.Person;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * Roles over HTTP: only user:manage reaches the administration paths, a change applies on the
 * changed account's very next request (its sessions end: docs/decisions/0014), and the guards.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RolesApiIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);

    private final ApiClient api = TestApplication.api(APP);

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    private final People people = new People(api, APP);

    private Person person() {
        return people.person();
    }

    private String logIn(Person person) {
        return people.logIn(person);
    }

    private Person administrator() {
        return people.administrator();
    }

    private static void sql(String statement, String id) {
        new People(null, APP).sql(statement, id);
    }

    private ApiClient.Reply putRoles(String token, String id, String body) {
        return api.send(api.request("/api/v1/admin/users/" + id + "/roles")
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    void a_user_is_forbidden_both_administration_paths() {
        Person user = person();
        Person other = person();

        ApiClient.Reply list = api.getWithToken("/api/v1/admin/roles", user.token());
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.json().get("type").asText()).endsWith("/forbidden");
        ApiClient.Reply put = putRoles(user.token(), other.id(), "{\"roles\":[\"administrator\"]}");
        assertThat(put.status()).isEqualTo(403);
        assertThat(put.json().get("type").asText()).endsWith("/forbidden");
        assertThat(api.get("/api/v1/admin/roles").status()).isEqualTo(401);
    }

    @Test
    void an_administrator_lists_the_roles_with_their_effective_permissions() {
        JsonNode roles = api.getWithToken("/api/v1/admin/roles", administrator().token()).json().get("items");

        assertThat(roles.findValuesAsText("name")).containsExactly("user", "premium", "administrator");
        assertThat(texts(roles.get(0).get("permissions"))).containsExactly("conversation:read", "conversation:write",
                "phone-number:read", "profile:read", "profile:write", "reminder:read", "reminder:write", "sms-usage:read",
                "task:read", "task:write");
        assertThat(texts(roles.get(1).get("permissions"))).contains("phone-number:provision", "task:write").hasSize(11);
        assertThat(texts(roles.get(2).get("permissions")))
                .contains("user:manage", "audit:read", "job:read", "sms-usage:read-all", "phone-number:provision",
                        "phone-number:manage-all", "sms-log:read")
                .hasSize(17);
    }

    @Test
    void granting_premium_ends_the_accounts_sessions_and_its_next_login_has_the_new_permissions() {
        Person admin = administrator();
        Person bob = person();
        assertThat(texts(api.getWithToken("/api/v1/users/me", bob.token()).json().get("permissions")))
                .containsExactly("conversation:read", "conversation:write", "phone-number:read", "profile:read",
                        "profile:write", "reminder:read", "reminder:write", "sms-usage:read", "task:read", "task:write");

        ApiClient.Reply granted = putRoles(admin.token(), bob.id(), "{\"roles\":[\"premium\"]}");

        assertThat(granted.status()).isEqualTo(200);
        assertThat(texts(granted.json().get("roles"))).containsExactly("user", "premium");
        assertThat(api.getWithToken("/api/v1/users/me", bob.token()).status()).isEqualTo(401);
        JsonNode me = api.getWithToken("/api/v1/users/me", logIn(bob)).json();
        assertThat(texts(me.get("roles"))).containsExactlyInAnyOrder("user", "premium");
        assertThat(texts(me.get("permissions"))).contains("phone-number:provision").doesNotContain("user:manage")
                .hasSize(11).isSorted();
        assertThat(api.getWithToken("/api/v1/users/me", admin.token()).status()).isEqualTo(200);
    }

    @Test
    void a_profile_change_answers_the_permissions_as_get_users_me_does() {
        Person admin = administrator();

        ApiClient.Reply patched = api.send(api.request("/api/v1/users/me")
                .header("Authorization", "Bearer " + admin.token())
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"locale\": \"fr\"}")));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(texts(patched.json().get("permissions")))
                .isEqualTo(texts(api.getWithToken("/api/v1/users/me", admin.token()).json().get("permissions")))
                .contains("user:manage");
    }

    @Test
    void nobody_changes_their_own_roles() {
        Person admin = administrator();

        ApiClient.Reply own = putRoles(admin.token(), admin.id(), "{\"roles\":[]}");

        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("type").asText()).endsWith("/own-roles");
    }

    @Test
    void an_unknown_role_is_422_and_an_unknown_account_404() {
        Person admin = administrator();
        Person bob = person();

        ApiClient.Reply unknownRole = putRoles(admin.token(), bob.id(), "{\"roles\":[\"wizard\"]}");
        assertThat(unknownRole.status()).isEqualTo(422);
        assertThat(unknownRole.json().get("errors").get(0).get("field").asText()).isEqualTo("roles");
        ApiClient.Reply unknownAccount = putRoles(admin.token(), UUID.randomUUID().toString(), "{\"roles\":[\"premium\"]}");
        assertThat(unknownAccount.status()).isEqualTo(404);
        assertThat(unknownAccount.json().get("type").asText()).endsWith("/not-found");
        assertThat(putRoles(admin.token(), bob.id(), "{\"roles\":\"premium\"}").status()).isIn(400, 422);
    }

    @Test
    void the_last_administrator_cannot_be_demoted() {
        Person caller = administrator();
        Person carol = administrator();
        // Carol is left the only administrator in storage; the caller's token still says administrator.
        sql("UPDATE accounts SET roles = ARRAY['USER'] WHERE 'ADMINISTRATOR' = ANY (roles) AND id <> ?", carol.id());

        ApiClient.Reply demoted = putRoles(caller.token(), carol.id(), "{\"roles\":[]}");

        assertThat(demoted.status()).isEqualTo(409);
        assertThat(demoted.json().get("type").asText()).endsWith("/last-administrator");
        assertThat(api.getWithToken("/api/v1/users/me", carol.token()).status()).isEqualTo(200);
    }
}
