package org.tdah.assistant.adapters.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tdah.assistant.adapters.llm.FakeChatCompletions.API_KEY;
import static org.tdah.assistant.adapters.llm.FakeChatCompletions.MODEL;
import static org.tdah.assistant.adapters.llm.FakeChatCompletions.NOW;
import static org.tdah.assistant.adapters.llm.FakeChatCompletions.PARIS;
import static org.tdah.assistant.adapters.llm.FakeChatCompletions.answers;
import static org.tdah.assistant.adapters.llm.FakeChatCompletions.answersAfter;
import static org.tdah.assistant.adapters.llm.FakeChatCompletions.fails;
import static org.tdah.assistant.adapters.llm.FakeChatCompletions.understanding;
import static org.tdah.assistant.adapters.llm.FakeChatCompletions.utterance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tdah.assistant.application.assistant.UnderstandingFailedException;
import org.tdah.assistant.application.assistant.Utterance;
import org.tdah.assistant.domain.assistant.Intent;
import org.tdah.assistant.domain.assistant.Intent.Cancel;
import org.tdah.assistant.domain.assistant.Intent.Capture;
import org.tdah.assistant.domain.assistant.Intent.Done;
import org.tdah.assistant.domain.assistant.Intent.Help;
import org.tdah.assistant.domain.assistant.Intent.ListToday;
import org.tdah.assistant.domain.assistant.Intent.NeedsTime;
import org.tdah.assistant.domain.assistant.Intent.Next;
import org.tdah.assistant.domain.assistant.Intent.RemindOnce;
import org.tdah.assistant.domain.assistant.Intent.RemindRecurring;
import org.tdah.assistant.domain.assistant.Intent.Snooze;
import org.tdah.assistant.domain.assistant.Intent.Undo;
import org.tdah.assistant.domain.assistant.SnoozeLength;
import org.tdah.assistant.domain.identity.Language;

/** The adapter against a fake chat completions server: what it sends, what it reads, how it fails. */
class ChatCompletionsUnderstandingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MESSAGE = "ugh the dentist thing, friday 4pm would work i guess";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static Stream<Arguments> goodAnswers() {
        return Stream.of(
                Arguments.of("{\"action\":\"capture\",\"titles\":[\"call the dentist\",\"buy floss\"]}",
                        new Capture(List.of("call the dentist", "buy floss"), true)),
                Arguments.of("{\"action\":\"remind_once\",\"text\":\"dentist\",\"at\":\"2027-01-08T16:00\"}",
                        new RemindOnce("dentist", ZonedDateTime.of(2027, 1, 8, 16, 0, 0, 0, PARIS))),
                Arguments.of("{\"action\":\"remind_recurring\",\"text\":\"pills\",\"rrule\":\"FREQ=WEEKLY;BYDAY=MO,WE\","
                        + "\"time\":\"08:00\",\"firstDate\":\"2027-01-06\"}",
                        new RemindRecurring("pills", "FREQ=WEEKLY;BYDAY=MO,WE", LocalTime.of(8, 0), LocalDate.of(2027, 1, 6))),
                Arguments.of("{\"action\":\"list_today\"}", new ListToday()),
                Arguments.of("{\"action\":\"next\"}", new Next()),
                Arguments.of("{\"action\":\"done\"}", new Done(Optional.empty())),
                Arguments.of("{\"action\":\"done\",\"number\":2}", new Done(Optional.of(2))),
                Arguments.of("{\"action\":\"cancel\",\"number\":3}", new Cancel(Optional.of(3))),
                Arguments.of("{\"action\":\"snooze\"}", new Snooze(Optional.empty(), SnoozeLength.TEN_MINUTES)),
                Arguments.of("{\"action\":\"snooze\",\"number\":2,\"minutes\":30}",
                        new Snooze(Optional.of(2), new SnoozeLength.For(Duration.ofMinutes(30)))),
                Arguments.of("{\"action\":\"snooze\",\"until\":\"2027-01-05T18:30\"}",
                        new Snooze(Optional.empty(), new SnoozeLength.Until(ZonedDateTime.of(2027, 1, 5, 18, 30, 0, 0, PARIS)))),
                Arguments.of("{\"action\":\"undo\"}", new Undo()),
                Arguments.of("{\"action\":\"help\"}", new Help()),
                Arguments.of("{\"action\":\"needs_time\",\"text\":\"the dentist\"}", new NeedsTime("the dentist")));
    }

    @ParameterizedTest
    @MethodSource("goodAnswers")
    void a_good_answer_is_read_as_its_intent(String content, Intent expected) {
        answers(server, content);

        assertThat(understanding(server).understand(utterance(MESSAGE))).isEqualTo(expected);
    }

    @Test
    void the_request_carries_the_bearer_key_the_model_and_nothing_but_the_allowed_context() throws Exception {
        answers(server, "{\"action\":\"help\"}");

        understanding(server).understand(utterance(MESSAGE));

        LoggedRequest request = onlyRequest();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(fieldNames(body)).containsExactlyInAnyOrder("model", "temperature", "response_format", "messages");
        assertThat(body.get("model").textValue()).isEqualTo(MODEL);
        assertThat(body.get("temperature").intValue()).isZero();
        assertThat(body.get("response_format").get("type").textValue()).isEqualTo("json_object");
        JsonNode messages = body.get("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("role").textValue()).isEqualTo("system");
        assertThat(messages.get(0).get("content").textValue()).contains("remind_once").doesNotContain(MESSAGE);
        assertThat(messages.get(1).get("role").textValue()).isEqualTo("user");
        JsonNode context = JSON.readTree(messages.get(1).get("content").textValue());
        assertThat(fieldNames(context)).containsExactlyInAnyOrder("message", "language", "zone", "now");
        assertThat(context.get("message").textValue()).isEqualTo(MESSAGE);
        assertThat(context.get("language").textValue()).isEqualTo("en");
        assertThat(context.get("zone").textValue()).isEqualTo("Europe/Paris");
        assertThat(context.get("now").textValue()).isEqualTo("2027-01-05T15:00");
        assertThat(request.getBodyAsString()).doesNotContain(API_KEY);
    }

    @Test
    void an_answer_to_a_question_sends_the_kind_of_the_question_and_not_its_draft() throws Exception {
        answers(server, "{\"action\":\"remind_once\",\"text\":\"call mom\",\"at\":\"2027-01-05T16:00\"}");
        Utterance answer = new Utterance("around 4", Language.FR, PARIS, NOW, Optional.of(new NeedsTime("call mom")));

        understanding(server).understand(answer);

        JsonNode context = JSON.readTree(JSON.readTree(onlyRequest().getBodyAsString()).get("messages").get(1)
                .get("content").textValue());
        assertThat(fieldNames(context)).containsExactlyInAnyOrder("message", "language", "zone", "now", "pending");
        assertThat(context.get("pending").textValue()).isEqualTo("needs_time");
        assertThat(context.get("language").textValue()).isEqualTo("fr");
        assertThat(context.toString()).doesNotContain("call mom");
    }

    @Test
    void a_server_slower_than_the_timeout_fails_without_waiting_for_its_answer() {
        answersAfter(server, "{\"action\":\"help\"}", 3_000);
        ChatCompletionsUnderstanding understanding = understanding(server);

        long start = System.nanoTime();
        assertThatThrownBy(() -> understanding.understand(utterance(MESSAGE)))
                .isInstanceOf(UnderstandingFailedException.class)
                .hasMessageContaining("did not answer within 2000 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_900));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 401, 429, 201})
    void a_status_other_than_200_fails_without_the_key_or_the_message_in_the_failure(int status) {
        fails(server, status);

        assertThatThrownBy(() -> understanding(server).understand(utterance(MESSAGE)))
                .isInstanceOf(UnderstandingFailedException.class)
                .hasMessage("the language model answered HTTP " + status)
                .hasNoCause();
    }

    @Test
    void a_connection_dropped_by_the_server_fails() {
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> understanding(server).understand(utterance(MESSAGE)))
                .isInstanceOf(UnderstandingFailedException.class)
                .hasMessageStartingWith("the language model could not be reached");
    }

    @Test
    void a_server_that_cannot_be_reached_fails() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ChatCompletionsUnderstanding nowhere = new ChatCompletionsUnderstanding(new ChatCompletionsUnderstanding.Settings(
                URI.create("http://127.0.0.1:" + closedPort + "/v1"), API_KEY, MODEL));

        assertThatThrownBy(() -> nowhere.understand(utterance(MESSAGE)))
                .isInstanceOf(UnderstandingFailedException.class)
                .hasMessageStartingWith("the language model could not be reached");
    }

    static Stream<String> nonsense() {
        return Stream.of(
                "sure! I will remind you on friday",
                "[\"capture\"]",
                "{\"titles\":[\"dentist\"]}",
                "{\"action\":\"delete_all\"}",
                "{\"action\":\"remind_once\",\"text\":\"dentist\"}",
                "{\"action\":\"remind_once\",\"text\":\"  \",\"at\":\"2027-01-08T16:00\"}",
                "{\"action\":\"remind_once\",\"text\":\"dentist\",\"at\":\"friday at 4\"}",
                "{\"action\":\"remind_once\",\"text\":\"" + "x".repeat(501) + "\",\"at\":\"2027-01-08T16:00\"}",
                "{\"action\":\"capture\",\"titles\":[]}",
                "{\"action\":\"capture\",\"titles\":[\"dentist\", 3]}",
                "{\"action\":\"capture\",\"titles\":\"dentist\"}",
                "{\"action\":\"done\",\"number\":0}",
                "{\"action\":\"done\",\"number\":\"2\"}",
                "{\"action\":\"done\",\"number\":2.5}",
                "{\"action\":\"done\",\"taskId\":\"4f1c0b5e\"}",
                "{\"action\":\"capture\",\"titles\":[\"dentist\"],\"accountId\":\"someone-else\"}",
                "{\"action\":\"snooze\",\"minutes\":10,\"until\":\"2027-01-05T18:30\"}",
                "{\"action\":\"snooze\",\"minutes\":-5}",
                "{\"action\":\"remind_recurring\",\"text\":\"pills\",\"rrule\":\"every monday\",\"time\":\"08:00\","
                        + "\"firstDate\":\"2027-01-11\"}",
                "{\"action\":\"remind_recurring\",\"text\":\"pills\",\"rrule\":\"FREQ=DAILY\",\"time\":\"25:00\","
                        + "\"firstDate\":\"2027-01-11\"}");
    }

    @ParameterizedTest
    @MethodSource("nonsense")
    void nonsense_content_fails_without_repeating_it(String content) {
        answers(server, content);

        assertThatThrownBy(() -> understanding(server).understand(utterance(MESSAGE)))
                .isInstanceOf(UnderstandingFailedException.class)
                .hasMessageStartingWith("the language model's answer")
                .satisfies(failure -> assertThat(failure.getMessage())
                        .doesNotContain(MESSAGE).doesNotContain("dentist").doesNotContain("xxxx").doesNotContain(API_KEY))
                .hasNoCause();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json at all", "{}", "{\"choices\":[]}", "{\"choices\":[{\"message\":{\"content\":null}}]}"})
    void a_body_that_is_not_a_chat_completion_fails(String body) {
        server.stubFor(post(urlEqualTo("/v1/chat/completions"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));

        assertThatThrownBy(() -> understanding(server).understand(utterance(MESSAGE)))
                .isInstanceOf(UnderstandingFailedException.class)
                .hasMessageStartingWith("the language model's answer is not");
    }

    @Test
    void the_key_is_never_in_the_description_of_the_settings_or_the_adapter() {
        ChatCompletionsUnderstanding.Settings settings = new ChatCompletionsUnderstanding.Settings(
                URI.create("https://api.example.org/v1"), API_KEY, MODEL);

        assertThat(settings.toString()).doesNotContain(API_KEY).contains("redacted").contains(MODEL);
        assertThat(new ChatCompletionsUnderstanding(settings).toString()).doesNotContain(API_KEY);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void settings_refuse_a_base_url_that_is_not_http_or_carries_credentials() {
        assertThatThrownBy(() -> new ChatCompletionsUnderstanding.Settings(URI.create("file:///etc/passwd"), API_KEY, MODEL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChatCompletionsUnderstanding.Settings(
                URI.create("https://user:" + API_KEY + "@api.example.org/v1"), API_KEY, MODEL))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain(API_KEY));
        assertThatThrownBy(() -> new ChatCompletionsUnderstanding.Settings(URI.create("https://api.example.org/v1"), API_KEY, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
