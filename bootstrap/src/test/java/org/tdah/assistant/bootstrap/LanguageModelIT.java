package org.tdah.assistant.bootstrap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * The application with a language model configured, against a fake OpenAI-compatible server: a
 * free-form message is read by the model; a slow or failing model leaves it to the rules, and the
 * person still gets an answer within the model's deadline.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class LanguageModelIT {
    private static final String FREE_FORM = "that dentist stuff is bugging me again";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WireMockServer MODEL = started();
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL,
            Map.of("assistant.languageModel.url", "http://127.0.0.1:" + MODEL.port() + "/v1",
                    "assistant.languageModel.apiKey", "sk-test-key", "assistant.languageModel.model", "test-model"));

    private final ApiClient api = TestApplication.api(APP);
    private final People people = new People(api, APP);

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        return server;
    }

    @AfterAll
    static void stop() {
        MAIL.close();
        MODEL.stop();
    }

    @BeforeEach
    void forget() {
        MODEL.resetAll();
    }

    private static void modelAnswers(String content, int delayMillis, int status) {
        ObjectNode completion = JSON.createObjectNode();
        completion.put("object", "chat.completion");
        ObjectNode message = completion.putArray("choices").addObject().putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        MODEL.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(completion.toString())
                .withFixedDelay(delayMillis)));
    }

    /** Posts a free-form message in a new conversation; answers the assistant's reply. */
    private String say(String token, String body) {
        String conversation = api.postJson("/api/v1/conversations", token, Map.of()).json().get("id").asText();
        ApiClient.Reply posted = api.postJson("/api/v1/conversations/" + conversation + "/messages", token,
                Map.of("body", body));
        assertThat(posted.status()).isEqualTo(201);
        for (JsonNode message : api.getWithToken("/api/v1/conversations/" + conversation + "/messages", token).json()
                .get("items")) {
            if ("assistant".equals(message.get("author").asText())) {
                return message.get("body").asText();
            }
        }
        throw new AssertionError("no reply");
    }

    @Test
    void a_free_form_message_is_read_by_the_model_and_checked_like_any_other() {
        String tomorrow = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.now(ZoneOffset.UTC).plusDays(1)
                .truncatedTo(ChronoUnit.HOURS));
        modelAnswers("{\"action\":\"remind_once\",\"text\":\"call the dentist\",\"at\":\"" + tomorrow + "\"}", 0, 200);
        People.Person person = people.person();

        assertThat(say(person.token(), FREE_FORM)).startsWith("Reminder 1: call the dentist, tomorrow");
        MODEL.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", containing("Bearer sk-test-key"))
                .withRequestBody(containing("test-model")));
        assertThat(MODEL.getAllServeEvents().get(0).getRequest().getBodyAsString())
                .contains(FREE_FORM).doesNotContain(person.email(), person.id(), person.token());
    }

    @Test
    void a_slow_model_leaves_the_message_to_the_rules_within_its_deadline() {
        modelAnswers("{\"action\":\"help\"}", 6_000, 200);
        String token = people.person().token();

        long start = System.nanoTime();
        String reply = say(token, FREE_FORM);
        assertThat(reply).isEqualTo("Saved to your list: " + FREE_FORM + " (#1). Reply 'undo' if it was not a task.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(5_500));
    }

    @Test
    void a_failing_model_leaves_the_message_to_the_rules() {
        modelAnswers("{}", 0, 500);
        String token = people.person().token();

        assertThat(say(token, FREE_FORM)).startsWith("Saved to your list: " + FREE_FORM);
        assertThat(say(token, "list")).startsWith("Today:");
        MODEL.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }
}
