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
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/** The caller's profile (timezone, locale, name) and reminder preferences over HTTP, on the real stores. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ProfileApiIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);
    private static final String PASSWORD = "purple elephants dance quietly";
    private static final String ME = "/api/v1/users/me";
    private static final String PREFERENCES = "/api/v1/users/me/preferences";
    private static final String CHOSEN = """
            {"quietHours": {"start": "23:00", "end": "06:15"}, "nagIntervalMinutes": 45, "maxNags": 0,
             "checkInTime": "08:30", "reminderChannels": ["email", "sms"]}""";

    private final ApiClient api = TestApplication.api(APP);

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    private String newUser() {
        return api.registerAndLogIn("profile-" + UUID.randomUUID() + "@example.org", PASSWORD, "Sam");
    }

    private ApiClient.Reply patch(String token, String json) {
        return api.send(api.request(ME).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private ApiClient.Reply put(String token, String json) {
        return api.send(api.request(PREFERENCES).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static List<String> fieldsOf(ApiClient.Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    @Test
    void a_new_account_is_in_utc_and_english_with_the_documented_preferences() {
        String token = newUser();

        JsonNode me = api.getWithToken(ME, token).json();
        assertThat(me.get("timezone").asText()).isEqualTo("UTC");
        assertThat(me.get("locale").asText()).isEqualTo("en");
        assertThat(me.get("displayName").asText()).isEqualTo("Sam");
        assertThat(me.get("smsConsent").isNull()).isTrue();
        assertThat(me.has("email") && me.has("roles") && me.has("mfa") && me.has("createdAt")).isTrue();

        ApiClient.Reply preferences = api.getWithToken(PREFERENCES, token);
        assertThat(preferences.status()).isEqualTo(200);
        JsonNode body = preferences.json();
        assertThat(body.get("quietHours").get("start").asText()).isEqualTo("22:00");
        assertThat(body.get("quietHours").get("end").asText()).isEqualTo("07:30");
        assertThat(body.get("nagIntervalMinutes").asInt()).isEqualTo(10);
        assertThat(body.get("maxNags").asInt()).isEqualTo(3);
        assertThat(body.has("checkInTime")).isTrue();
        assertThat(body.get("checkInTime").isNull()).isTrue();
        assertThat(body.get("reminderChannels").toString()).isEqualTo("[\"sms\",\"web\"]");
    }

    @Test
    void a_patch_changes_what_it_gives_and_answers_the_updated_account() {
        String token = newUser();

        ApiClient.Reply patched = patch(token, "{\"timezone\": \"Europe/Paris\", \"locale\": \"fr\"}");

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("timezone").asText()).isEqualTo("Europe/Paris");
        assertThat(patched.json().get("locale").asText()).isEqualTo("fr");
        assertThat(patched.json().get("displayName").asText()).isEqualTo("Sam");
        assertThat(patch(token, "{\"displayName\": \"  Samuel \"}").json().get("displayName").asText()).isEqualTo("Samuel");
        JsonNode me = api.getWithToken(ME, token).json();
        assertThat(me.get("timezone").asText()).isEqualTo("Europe/Paris");
        assertThat(me.get("locale").asText()).isEqualTo("fr");
        assertThat(me.get("displayName").asText()).isEqualTo("Samuel");
    }

    @Test
    void the_consent_to_be_texted_is_null_until_given_keeps_its_first_time_and_is_withdrawn_by_false() {
        String token = newUser();
        JsonNode before = api.getWithToken(ME, token).json();
        assertThat(before.has("smsConsent")).isTrue();
        assertThat(before.get("smsConsent").isNull()).isTrue();

        JsonNode given = patch(token, "{\"smsConsent\": true}").json().get("smsConsent");
        JsonNode again = patch(token, "{\"smsConsent\": true}").json().get("smsConsent");

        assertThat(given.get("given").asBoolean()).isTrue();
        assertThat(given.get("source").asText()).isEqualTo("profile");
        assertThat(given.get("at").asText()).endsWith("Z");
        assertThat(again).isEqualTo(given);
        assertThat(api.getWithToken(ME, token).json().get("smsConsent")).isEqualTo(given);
        assertThat(patch(token, "{\"smsConsent\": false}").json().get("smsConsent").isNull()).isTrue();
        assertThat(api.getWithToken(ME, token).json().get("smsConsent").isNull()).isTrue();
        ApiClient.Reply nullConsent = patch(token, "{\"smsConsent\": null, \"locale\": \"fr\"}");
        assertThat(nullConsent.status()).isEqualTo(422);
        assertThat(nullConsent.json().get("errors").get(0).get("field").asText()).isEqualTo("smsConsent");
        assertThat(api.getWithToken(ME, token).json().get("locale").asText()).isEqualTo("en");
        assertThat(patch(token, "{\"smsConsent\": \"yes\"}").status()).isEqualTo(400);
    }

    @Test
    void a_patch_with_a_wrong_value_or_an_unknown_field_is_422_per_field_and_changes_nothing() {
        String token = newUser();

        ApiClient.Reply refused = patch(token,
                "{\"timezone\": \"Mars/Olympus\", \"locale\": \"de\", \"displayName\": \"Ok\", \"smsConsent\": true, "
                        + "\"favouriteColour\": \"blue\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fieldsOf(refused)).containsExactlyInAnyOrder("timezone", "locale", "favouriteColour");
        JsonNode me = api.getWithToken(ME, token).json();
        assertThat(me.get("timezone").asText()).isEqualTo("UTC");
        assertThat(me.get("locale").asText()).isEqualTo("en");
        assertThat(me.get("displayName").asText()).isEqualTo("Sam");
        assertThat(me.get("smsConsent").isNull()).isTrue();

        assertThat(patch(token, "{\"timezone\": ").status()).isEqualTo(400);
        assertThat(patch(token, "{\"timezone\": 3}").status()).isEqualTo(400);
        assertThat(patch(token, "{\"displayName\": null}").status()).isEqualTo(422);
    }

    @Test
    void replaced_preferences_show_on_the_very_next_get() {
        String token = newUser();

        ApiClient.Reply replaced = put(token, CHOSEN);

        assertThat(replaced.status()).isEqualTo(200);
        JsonNode next = api.getWithToken(PREFERENCES, token).json();
        assertThat(next).isEqualTo(replaced.json());
        assertThat(next.get("quietHours").get("start").asText()).isEqualTo("23:00");
        assertThat(next.get("quietHours").get("end").asText()).isEqualTo("06:15");
        assertThat(next.get("nagIntervalMinutes").asInt()).isEqualTo(45);
        assertThat(next.get("maxNags").asInt()).isEqualTo(0);
        assertThat(next.get("checkInTime").asText()).isEqualTo("08:30");
        assertThat(next.get("reminderChannels").toString()).isEqualTo("[\"email\",\"sms\"]");

        put(token, "{\"quietHours\": null, \"nagIntervalMinutes\": 1, \"maxNags\": 20, \"checkInTime\": null,"
                + " \"reminderChannels\": [\"web\"]}");
        JsonNode cleared = api.getWithToken(PREFERENCES, token).json();
        assertThat(cleared.get("quietHours").isNull()).isTrue();
        assertThat(cleared.get("checkInTime").isNull()).isTrue();
        assertThat(cleared.get("nagIntervalMinutes").asInt()).isEqualTo(1);
    }

    @Test
    void invalid_preferences_are_422_per_field_and_change_nothing() {
        String token = newUser();
        put(token, CHOSEN);
        JsonNode before = api.getWithToken(PREFERENCES, token).json();

        ApiClient.Reply outOfRange = put(token, "{\"quietHours\": {\"start\": \"25:00\", \"end\": \"7:30\"},"
                + " \"nagIntervalMinutes\": 0, \"maxNags\": 21, \"checkInTime\": \"noon\","
                + " \"reminderChannels\": [\"sms\", \"sms\"]}");
        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(fieldsOf(outOfRange)).contains("quietHours.start", "quietHours.end", "checkInTime");

        ApiClient.Reply ranges = put(token, "{\"quietHours\": null, \"nagIntervalMinutes\": 241, \"maxNags\": -1,"
                + " \"checkInTime\": null, \"reminderChannels\": []}");
        assertThat(ranges.status()).isEqualTo(422);
        assertThat(fieldsOf(ranges)).containsExactlyInAnyOrder("nagIntervalMinutes", "maxNags", "reminderChannels");

        ApiClient.Reply unknown = put(token, CHOSEN.replace("\"maxNags\": 0,", "\"maxNags\": 0, \"snooze\": 5,"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(fieldsOf(unknown)).containsExactly("snooze");

        ApiClient.Reply pigeon = put(token, CHOSEN.replace("[\"email\", \"sms\"]", "[\"pigeon\"]"));
        assertThat(pigeon.status()).isEqualTo(422);
        assertThat(fieldsOf(pigeon)).containsExactly("reminderChannels");

        ApiClient.Reply missing = put(token, "{\"nagIntervalMinutes\": 5}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(fieldsOf(missing)).containsExactlyInAnyOrder("quietHours", "maxNags", "checkInTime", "reminderChannels");

        assertThat(put(token, "{\"nagIntervalMinutes\": ").status()).isEqualTo(400);
        assertThat(api.getWithToken(PREFERENCES, token).json()).isEqualTo(before);
    }

    @Test
    void one_person_never_sees_nor_changes_another_s_profile_or_preferences() {
        String alice = newUser();
        String bob = newUser();

        patch(alice, "{\"timezone\": \"Asia/Tokyo\", \"displayName\": \"Alice\"}");
        put(alice, CHOSEN);

        JsonNode bobMe = api.getWithToken(ME, bob).json();
        assertThat(bobMe.get("timezone").asText()).isEqualTo("UTC");
        assertThat(bobMe.get("displayName").asText()).isEqualTo("Sam");
        assertThat(api.getWithToken(PREFERENCES, bob).json().get("nagIntervalMinutes").asInt()).isEqualTo(10);

        patch(bob, "{\"locale\": \"fr\"}");
        put(bob, CHOSEN.replace("45", "90"));
        assertThat(api.getWithToken(ME, alice).json().get("locale").asText()).isEqualTo("en");
        assertThat(api.getWithToken(PREFERENCES, alice).json().get("nagIntervalMinutes").asInt()).isEqualTo(45);
        assertThat(api.getWithToken(ME, alice).json().get("timezone").asText()).isEqualTo("Asia/Tokyo");
    }

    @Test
    void without_a_token_there_is_no_profile_nor_preferences() {
        assertThat(api.get(PREFERENCES).status()).isEqualTo(401);
        assertThat(api.send(api.request(PREFERENCES).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(CHOSEN))).status()).isEqualTo(401);
        assertThat(api.send(api.request(ME).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{}"))).status()).isEqualTo(401);
    }
}
