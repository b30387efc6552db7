package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tdah.assistant.bootstrap.Texters.PLATFORM;
import static org.tdah.assistant.bootstrap.Texters.freePort;
import static org.tdah.assistant.bootstrap.Texters.text;

import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.domain.identity.TotpPolicy;
import org.tdah.assistant.testkit.identity.ReferenceTotp;
import org.tdah.assistant.testkit.shared.MutableClock;

/**
 * {@code GET /prometheus} on the admin port of the real application (real PostgreSQL, Redis, the
 * Twilio emulator): the text parses (promtool when installed, and always our strict reader), every
 * metric of the catalogue (docs/operations.md, "Metrics") is there with only its labels, the
 * counters move by what the requests did, and no label value is an id, an email, a phone number
 * or a raw path.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MetricsIT {
    private static final int PORT = freePort();
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(
            MeteredApplication.class, MAIL, Map.of(
                    "server.applicationConnectors[0].port", Integer.toString(PORT),
                    "publicBaseUrl", "http://127.0.0.1:" + PORT,
                    "sms.pace", "50 milliseconds",
                    "reminders.pollingInterval", "100 milliseconds",
                    "reminders.checkInInterval", "200 milliseconds"));
    private static final Path PROMTOOL = Path.of("/usr/bin/promtool");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE_OR_LONG_NUMBER = Pattern.compile("\\+?[0-9]{7,}");
    private static final Duration SOON = Duration.ofSeconds(15);

    /** The catalogue as the text format types it (counters with _total), and the label names (histograms add {@code le}). */
    private static final Map<String, List<String>> TECHNICAL = new LinkedHashMap<>();
    private static final Map<String, List<String>> BUSINESS = new LinkedHashMap<>();
    static {
        TECHNICAL.put("assistant_http_requests_seconds", List.of("histogram", "method", "route", "status"));
        TECHNICAL.put("assistant_jetty_threads", List.of("gauge", "state"));
        TECHNICAL.put("assistant_jetty_queued_requests", List.of("gauge"));
        TECHNICAL.put("assistant_db_pool_connections", List.of("gauge", "state"));
        TECHNICAL.put("assistant_db_pool_pending_threads", List.of("gauge"));
        TECHNICAL.put("assistant_db_pool_max_connections", List.of("gauge"));
        TECHNICAL.put("assistant_redis_pool_connections", List.of("gauge", "pool", "state"));
        TECHNICAL.put("assistant_health", List.of("gauge", "check"));
        TECHNICAL.put("assistant_jobs_due", List.of("gauge", "task"));
        TECHNICAL.put("assistant_jobs_running", List.of("gauge", "task"));
        TECHNICAL.put("assistant_jobs_failing", List.of("gauge", "task"));
        TECHNICAL.put("assistant_job_runs_total", List.of("counter", "task", "result"));
        TECHNICAL.put("assistant_dead_letters", List.of("gauge", "queue"));
        BUSINESS.put("assistant_registrations_total", List.of("counter"));
        BUSINESS.put("assistant_logins_total", List.of("counter", "outcome"));
        BUSINESS.put("assistant_second_factor_total", List.of("counter", "factor", "outcome"));
        BUSINESS.put("assistant_sessions_active", List.of("gauge"));
        BUSINESS.put("assistant_messages_total", List.of("counter", "channel", "author"));
        BUSINESS.put("assistant_reminders_fired_total", List.of("counter", "channel"));
        BUSINESS.put("assistant_reminder_lateness_seconds", List.of("histogram"));
        BUSINESS.put("assistant_nags_total", List.of("counter"));
        BUSINESS.put("assistant_check_ins_total", List.of("counter"));
        BUSINESS.put("assistant_sms_total", List.of("counter", "direction", "outcome"));
        BUSINESS.put("assistant_sms_segments_total", List.of("counter", "direction"));
        BUSINESS.put("assistant_sms_cost_total", List.of("counter", "direction", "currency"));
        BUSINESS.put("assistant_sms_opt_outs_total", List.of("counter"));
        BUSINESS.put("assistant_sms_opt_ins_total", List.of("counter"));
    }

    /** The fixed sets some labels take their values from. */
    private static final Map<String, Set<String>> VALUES = Map.of(
            "method", Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "OTHER"),
            "state", Set.of("busy", "idle", "max", "active"),
            "pool", Set.of("main", "live"),
            "check", Set.of("database", "redis", "smtp", "sms"),
            "result", Set.of("ok", "failed"),
            "queue", Set.of("reminders", "emails"),
            "channel", Set.of("web", "sms", "email"),
            "author", Set.of("user", "assistant", "system"),
            "direction", Set.of("inbound", "outbound"),
            "factor", Set.of("totp", "sms", "backup_code"));

    /** The application on a clock of its own, which the test moves to make a reminder nag. */
    public static class MeteredApplication extends AssistantApplication {
        static final MutableClock CLOCK = new MutableClock(Instant.now());

        @Override
        protected Clock clock() {
            return CLOCK;
        }
    }

    private final ApiClient api = TestApplication.api(APP);
    private final ApiClient admin = TestApplication.admin(APP);
    private final People people = new People(api, APP);
    private final Texters texters = new Texters(api, people, MAIL);

    @BeforeAll
    static void ownThePlatformNumber() {
        TestTwilio.ownPlatformNumber(APP.getConfiguration());
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }

    private PrometheusScrape scrape() {
        ApiClient.Reply reply = admin.get("/prometheus");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/plain; version=0.0.4");
        return PrometheusScrape.parse(reply.body());
    }

    @Test
    void the_admin_port_serves_every_metric_of_the_catalogue_and_the_counters_count_what_the_requests_did()
            throws Exception {
        PrometheusScrape before = scrape();

        People.Person person = people.person();
        ApiClient.Reply refused = api.postJson("/api/v1/auth/login",
                Map.of("email", person.email(), "password", "not the password at all"));
        assertThat(refused.status()).isEqualTo(401);
        people.logIn(person);
        ApiClient.Reply task = api.postJson("/api/v1/tasks", person.token(), Map.of("title", "water the plants"));
        assertThat(task.status()).isEqualTo(201);
        assertThat(api.getWithToken("/api/v1/tasks/" + task.json().get("id").asText(), person.token()).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/no/such/" + person.id()).status()).isEqualTo(404);
        String conversation = api.postJson("/api/v1/conversations", person.token(), Map.of()).json().get("id").asText();
        assertThat(api.postJson("/api/v1/conversations/" + conversation + "/messages", person.token(),
                Map.of("body", "hello")).status()).isEqualTo(201);

        PrometheusScrape afterWeb = await().atMost(SOON).until(this::scrape,
                now -> delta(before, now, "assistant_messages_total", "channel", "web", "author", "assistant") >= 1);
        assertThat(delta(before, afterWeb, "assistant_registrations_total")).isEqualTo(1);
        assertThat(delta(before, afterWeb, "assistant_logins_total", "outcome", "success")).as("register's login and one more")
                .isEqualTo(2);
        assertThat(delta(before, afterWeb, "assistant_logins_total", "outcome", "refused")).isEqualTo(1);
        assertThat(delta(before, afterWeb, "assistant_messages_total", "channel", "web", "author", "user")).isEqualTo(1);
        assertThat(delta(before, afterWeb, "assistant_messages_total", "channel", "web", "author", "assistant"))
                .isEqualTo(1);
        assertThat(delta(before, afterWeb, "assistant_http_requests_seconds_count",
                "method", "POST", "route", "/api/v1/tasks", "status", "201")).isEqualTo(1);
        assertThat(delta(before, afterWeb, "assistant_http_requests_seconds_count",
                "method", "GET", "route", "/api/v1/tasks/{id}", "status", "200")).isEqualTo(1);
        assertThat(delta(before, afterWeb, "assistant_http_requests_seconds_count",
                "method", "POST", "route", "/api/v1/conversations/{id}/messages", "status", "201")).isEqualTo(1);
        assertThat(delta(before, afterWeb, "assistant_http_requests_seconds_count",
                "method", "GET", "route", "unmatched", "status", "404")).isEqualTo(1);
        assertThat(afterWeb.value("assistant_sessions_active")).as("counted at start, cached a minute")
                .isGreaterThanOrEqualTo(0);

        Texters.Texter texter = texters.texter();
        PrometheusScrape beforeTexts = scrape();
        text(texter.phone(), PLATFORM, "hello");
        PrometheusScrape afterText = await().atMost(SOON).until(this::scrape,
                now -> delta(beforeTexts, now, "assistant_sms_total", "direction", "outbound", "outcome", "sent") >= 1);
        assertThat(delta(beforeTexts, afterText, "assistant_sms_total", "direction", "inbound", "outcome", "received"))
                .isEqualTo(1);
        assertThat(delta(beforeTexts, afterText, "assistant_sms_segments_total", "direction", "inbound")).isEqualTo(1);
        assertThat(delta(beforeTexts, afterText, "assistant_sms_cost_total", "direction", "inbound", "currency", "USD"))
                .isPositive();
        assertThat(delta(beforeTexts, afterText, "assistant_messages_total", "channel", "sms", "author", "user"))
                .isEqualTo(1);
        assertThat(delta(beforeTexts, afterText, "assistant_http_requests_seconds_count",
                "method", "POST", "route", "/api/v1/sms/twilio/inbound", "status", "200")).isEqualTo(1);
        text(texter.phone(), PLATFORM, "STOP");
        text(texter.phone(), PLATFORM, "STOP");
        await().atMost(SOON).until(this::scrape, now -> delta(beforeTexts, now, "assistant_sms_opt_outs_total") == 1);
        text(texter.phone(), PLATFORM, "START");
        PrometheusScrape afterStart = await().atMost(SOON).until(this::scrape,
                now -> delta(beforeTexts, now, "assistant_sms_opt_ins_total") == 1);
        assertThat(delta(beforeTexts, afterStart, "assistant_sms_opt_outs_total")).as("a second STOP changes nothing")
                .isEqualTo(1);

        PrometheusScrape beforeSecondFactor = scrape();
        People.Person careful = people.person();
        String secret = api.postJson("/api/v1/mfa/totp/setup", careful.token(), null).json().get("secret").asText();
        assertThat(api.postJson("/api/v1/mfa/totp/confirm", careful.token(), Map.of("code", totp(secret))).status())
                .isEqualTo(200);
        MeteredApplication.CLOCK.advance(Duration.ofSeconds(30));
        String mfaToken = api.postJson("/api/v1/auth/login", Map.of("email", careful.email(), "password",
                People.PASSWORD)).json().get("mfaToken").asText();
        String wrong = totp(secret).equals("000000") ? "000001" : "000000";
        assertThat(api.postJson("/api/v1/auth/mfa/verify", Map.of("mfaToken", mfaToken, "method", "totp", "code",
                wrong)).status()).isEqualTo(401);
        assertThat(api.postJson("/api/v1/auth/mfa/verify", Map.of("mfaToken", mfaToken, "method", "totp", "code",
                totp(secret))).status()).isEqualTo(200);
        PrometheusScrape afterSecondFactor = scrape();
        assertThat(delta(beforeSecondFactor, afterSecondFactor, "assistant_logins_total",
                "outcome", "second_factor_required")).isEqualTo(1);
        assertThat(delta(beforeSecondFactor, afterSecondFactor, "assistant_second_factor_total",
                "factor", "totp", "outcome", "refused")).isEqualTo(1);
        assertThat(delta(beforeSecondFactor, afterSecondFactor, "assistant_second_factor_total",
                "factor", "totp", "outcome", "accepted")).isEqualTo(1);
        assertThat(delta(beforeSecondFactor, afterSecondFactor, "assistant_logins_total", "outcome", "success"))
                .as("the registration's login only: the second step is counted as a second factor").isEqualTo(1);

        PrometheusScrape beforeReminder = scrape();
        ApiClient.Reply chosen = api.putJson("/api/v1/users/me/preferences", person.token(), "{\"quietHours\": null, "
                + "\"nagIntervalMinutes\": 10, \"maxNags\": 1, \"checkInTime\": \"00:00\", \"reminderChannels\": [\"web\"]}");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        Instant due = MeteredApplication.CLOCK.instant().plus(Duration.ofMinutes(1));
        assertThat(api.postJson("/api/v1/reminders", person.token(), Map.of("text", "take the pill", "dueAt",
                due.toString())).status()).isEqualTo(201);
        PrometheusScrape checkedIn = await().atMost(SOON).until(this::scrape,
                now -> delta(beforeReminder, now, "assistant_check_ins_total") >= 1);
        assertThat(delta(beforeReminder, checkedIn, "assistant_check_ins_total")).as("once a day").isEqualTo(1);
        MeteredApplication.CLOCK.advance(Duration.ofSeconds(90));
        // The delivery's counter and its lateness are two observations: wait for both, not the first.
        PrometheusScrape fired = await().atMost(SOON).until(this::scrape,
                now -> delta(beforeReminder, now, "assistant_reminders_fired_total", "channel", "web") >= 1
                        && delta(beforeReminder, now, "assistant_reminder_lateness_seconds_count") >= 1);
        assertThat(delta(beforeReminder, fired, "assistant_reminders_fired_total", "channel", "web")).isEqualTo(1);
        assertThat(delta(beforeReminder, fired, "assistant_reminder_lateness_seconds_count")).isEqualTo(1);
        assertThat(delta(beforeReminder, fired, "assistant_reminder_lateness_seconds_sum")).as("fired 30 s late")
                .isBetween(29.9, 40.0);
        assertThat(delta(beforeReminder, fired, "assistant_nags_total")).isZero();
        MeteredApplication.CLOCK.advance(Duration.ofMinutes(11));
        PrometheusScrape nagged = await().atMost(SOON).until(this::scrape,
                now -> delta(beforeReminder, now, "assistant_nags_total") >= 1);
        assertThat(delta(beforeReminder, nagged, "assistant_nags_total")).isEqualTo(1);
        assertThat(delta(beforeReminder, nagged, "assistant_reminders_fired_total", "channel", "web")).isEqualTo(2);

        String text = admin.get("/prometheus").body();
        promtoolAccepts(text);
        PrometheusScrape last = PrometheusScrape.parse(text);
        everyCatalogueMetricIsThereWithOnlyItsLabels(last);
        noLabelValueIsAnIdAnEmailAPhoneOrARawPath(last);
        assertThat(last.value("assistant_health", "check", "database")).isEqualTo(1);
        assertThat(last.value("assistant_health", "check", "redis")).isEqualTo(1);
        assertThat(last.value("assistant_db_pool_max_connections")).isPositive();
        assertThat(last.value("assistant_jetty_threads", "state", "max")).isPositive();
        assertThat(last.labelValues("assistant_jobs_due", "task")).contains("deliver-emails", "send-check-ins");
        assertThat(last.value("assistant_job_runs_total", "task", "send-check-ins", "result", "ok")).isPositive();
        assertThat(last.types()).containsKeys("jvm_memory_used_bytes", "jvm_threads_current", "process_cpu_seconds_total");
    }

    @Test
    void openmetrics_is_served_when_the_scraper_asks_for_it() {
        ApiClient.Reply reply = admin.send(admin.request("/prometheus")
                .header("Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/openmetrics-text");
        assertThat(reply.body()).contains("# TYPE assistant_logins counter").endsWith("# EOF\n");
    }

    private static String totp(String secret) {
        return ReferenceTotp.code(secret, TotpPolicy.stepAt(MeteredApplication.CLOCK.instant()));
    }

    @Test
    void a_worker_serves_its_own_metrics_on_its_admin_port_next_to_the_server_in_the_same_jvm() throws Exception {
        DropwizardTestSupport<AssistantConfiguration> worker = TestApplication.worker(
                () -> APP.getConfiguration().database.url, () -> APP.getConfiguration().redis.url, MAIL);
        worker.before();
        try {
            ApiClient workerAdmin = new ApiClient("http://127.0.0.1:" + worker.getAdminPort());
            PrometheusScrape scrape = await().atMost(SOON).until(
                    () -> PrometheusScrape.parse(workerAdmin.get("/prometheus").body()),
                    now -> now.labelValues("assistant_job_runs_total", "task").contains("deliver-emails"));
            assertThat(scrape.types()).containsKeys("assistant_db_pool_connections", "assistant_health",
                    "assistant_jobs_due", "jvm_threads_current");
            assertThat(scrape.samples()).as("a worker serves no API: no request was observed")
                    .noneMatch(sample -> sample.name().startsWith("assistant_http_requests_seconds"));
        } finally {
            worker.after();
        }
    }

    private static double delta(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private static void everyCatalogueMetricIsThereWithOnlyItsLabels(PrometheusScrape scrape) {
        Map<String, List<String>> catalogue = new LinkedHashMap<>(TECHNICAL);
        catalogue.putAll(BUSINESS);
        catalogue.forEach((family, typeAndLabels) -> assertThat(scrape.types()).as(family)
                .containsEntry(family, typeAndLabels.get(0)));
        for (PrometheusScrape.Sample sample : scrape.samples()) {
            String family = scrape.familyOf(sample.name());
            if (!family.startsWith("assistant_")) {
                continue;
            }
            assertThat(catalogue).as("a metric outside the catalogue: " + family).containsKey(family);
            Set<String> allowed = new HashSet<>(catalogue.get(family).subList(1, catalogue.get(family).size()));
            if (sample.name().endsWith("_bucket")) {
                allowed.add("le");
            }
            assertThat(allowed).as(sample.toString()).containsAll(sample.labels().keySet());
            sample.labels().forEach((label, value) -> {
                if (VALUES.containsKey(label)) {
                    assertThat(VALUES.get(label)).as(sample.toString()).contains(value);
                }
            });
            if (sample.labels().containsKey("status")) {
                assertThat(sample.labels().get("status")).matches("[1-5][0-9][0-9]");
            }
            if (sample.labels().containsKey("route")) {
                String route = sample.labels().get("route");
                assertThat(route).as("a template or unmatched").matches("unmatched|/[A-Za-z0-9_./{}-]*");
                assertThat(route.replace("/api/v1/", "/").replaceAll("\\{[a-zA-Z]+}", ""))
                        .as("no id in a route: " + route).doesNotContainPattern("[0-9]");
            }
        }
    }

    private static void noLabelValueIsAnIdAnEmailAPhoneOrARawPath(PrometheusScrape scrape) {
        for (PrometheusScrape.Sample sample : scrape.samples()) {
            sample.labels().forEach((label, value) -> {
                assertThat(value).as(sample.toString()).doesNotContain("@");
                assertThat(UUID.matcher(value).find()).as(sample.toString()).isFalse();
                assertThat(PHONE_OR_LONG_NUMBER.matcher(value).find()).as(sample.toString()).isFalse();
            });
        }
    }

    /** promtool's own check when Debian's prometheus package is installed (CI installs it). */
    private static void promtoolAccepts(String text) throws IOException, InterruptedException {
        if (!Files.isExecutable(PROMTOOL)) {
            System.out.println("MetricsIT: /usr/bin/promtool not installed; the strict reader alone checked the text");
            return;
        }
        Process check = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics").redirectErrorStream(true).start();
        check.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        check.getOutputStream().close();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as("promtool check metrics: " + said).isZero();
    }
}
