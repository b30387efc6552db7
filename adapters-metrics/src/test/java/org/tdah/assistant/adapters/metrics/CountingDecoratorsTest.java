package org.tdah.assistant.adapters.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.SecurityEvent;
import org.tdah.assistant.application.identity.port.SignInFigures;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.sms.DeliveryStatus;
import org.tdah.assistant.application.sms.UsageRecord;
import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.domain.assistant.ReminderId;
import org.tdah.assistant.domain.conversation.Author;
import org.tdah.assistant.domain.conversation.Channel;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageBody;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.ReminderChannel;
import org.tdah.assistant.domain.identity.SecondFactorMethod;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsDirection;
import org.tdah.assistant.testkit.assistant.InMemoryReminderDeliveries;
import org.tdah.assistant.testkit.conversation.RecordingConversationEvents;
import org.tdah.assistant.testkit.identity.InMemorySecurityEvents;
import org.tdah.assistant.testkit.sms.InMemoryOptOuts;
import org.tdah.assistant.testkit.sms.InMemorySmsUsage;
import org.tdah.assistant.testkit.sms.RecordingTextMessages;

/** Each decorator passes the call on to the real port and counts the fact once, and only when it happened. */
class CountingDecoratorsTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final AccountId SAM = new AccountId("acc-1");
    private static final PhoneNumber OURS = PhoneNumber.parse("+15005550006");
    private static final PhoneNumber THEIRS = PhoneNumber.parse("+33612345678");

    private final AssistantMetrics metrics = new AssistantMetrics();

    @Test
    void a_registration_recorded_in_the_audit_trail_is_counted_and_other_events_are_not() {
        InMemorySecurityEvents trail = new InMemorySecurityEvents();
        CountedSecurityEvents counted = new CountedSecurityEvents(trail, metrics);

        counted.record(new SecurityEvent(SecurityEventType.REGISTERED, SAM, RequestOrigin.UNKNOWN, NOW));
        counted.record(new SecurityEvent(SecurityEventType.LOGIN_SUCCEEDED, SAM, RequestOrigin.UNKNOWN, NOW));

        assertThat(Scraped.value(metrics, "assistant_registrations")).isEqualTo(1);
        assertThat(counted.ofAccount(SAM, 10)).hasSize(2);
    }

    @Test
    void sign_in_figures_count_each_login_outcome_and_each_factor_checked() {
        CountedSignIns figures = new CountedSignIns(metrics);

        figures.loginEnded(SignInFigures.LoginOutcome.SECOND_FACTOR_REQUIRED);
        figures.loginEnded(SignInFigures.LoginOutcome.THROTTLED);
        figures.secondFactorChecked(SecondFactorMethod.BACKUP_CODE, true);
        figures.secondFactorChecked(SecondFactorMethod.TOTP, false);

        assertThat(Scraped.value(metrics, "assistant_logins", "outcome", "second_factor_required")).isEqualTo(1);
        assertThat(Scraped.value(metrics, "assistant_logins", "outcome", "throttled")).isEqualTo(1);
        assertThat(Scraped.value(metrics, "assistant_logins", "outcome", "success")).isZero();
        assertThat(Scraped.value(metrics, "assistant_second_factor", "factor", "backup_code", "outcome", "accepted"))
                .isEqualTo(1);
        assertThat(Scraped.value(metrics, "assistant_second_factor", "factor", "totp", "outcome", "refused"))
                .isEqualTo(1);
    }

    @Test
    void a_committed_message_is_counted_by_channel_and_author_and_still_told_to_the_apps() {
        RecordingConversationEvents apps = new RecordingConversationEvents();
        CountedConversationEvents counted = new CountedConversationEvents(apps, metrics);

        counted.messageCreated(new Message(new MessageId("m-1"), new ConversationId("c-1"), SAM, Author.ASSISTANT,
                Channel.SMS, new MessageBody("Noted."), Optional.empty(), Language.EN, NOW));

        assertThat(Scraped.value(metrics, "assistant_messages", "channel", "sms", "author", "assistant")).isEqualTo(1);
        assertThat(Scraped.value(metrics, "assistant_messages", "channel", "web", "author", "user")).isZero();
        assertThat(apps.recorded()).hasSize(1);
    }

    @Test
    void a_delivery_is_counted_by_channel_when_sent_and_not_when_claimed_released_or_given_up() {
        InMemoryReminderDeliveries ledger = new InMemoryReminderDeliveries();
        CountedReminderDeliveries counted = new CountedReminderDeliveries(ledger, metrics);
        ReminderId pill = new ReminderId("r-1");
        Instant due = NOW.minusSeconds(42);

        assertThat(counted.claim(pill, due, ReminderChannel.SMS, NOW)).isTrue();
        counted.release(pill, due, ReminderChannel.SMS);
        assertThat(counted.claim(pill, due, ReminderChannel.SMS, NOW)).isTrue();
        counted.sent(pill, due, ReminderChannel.SMS, NOW);
        assertThat(counted.claim(pill, due, ReminderChannel.EMAIL, NOW)).isTrue();
        counted.failed(pill, due, ReminderChannel.EMAIL, "gave up", NOW);

        assertThat(Scraped.value(metrics, "assistant_reminders_fired", "channel", "sms")).isEqualTo(1);
        assertThat(Scraped.value(metrics, "assistant_reminders_fired", "channel", "email")).isZero();
        assertThat(Scraped.value(metrics, "assistant_reminder_lateness_seconds")).isZero();
        assertThat(ledger.entries()).hasSize(2);
    }

    @Test
    void lateness_is_observed_in_seconds_as_the_reminder_job_reports_it() {
        metrics.reminderLate(Duration.ofSeconds(42));
        metrics.reminderLate(Duration.ofSeconds(-1));

        assertThat(Scraped.value(metrics, "assistant_reminder_lateness_seconds")).isEqualTo(2);
        assertThat(Scraped.sum(metrics, "assistant_reminder_lateness_seconds")).as("never below zero").isEqualTo(42.0);
    }

    @Test
    void a_text_is_counted_the_first_time_the_usage_log_keeps_it_with_its_segments_and_cost() {
        CountedSmsUsage counted = new CountedSmsUsage(new InMemorySmsUsage(), metrics);
        UsageRecord inbound = new UsageRecord("u-1", Optional.of(SAM), OURS, SmsDirection.INBOUND, "SM1", 2,
                new BigDecimal("0.0158"), "usd", true, DeliveryStatus.RECEIVED, Optional.empty(), NOW);

        assertThat(counted.record(inbound)).isTrue();
        assertThat(counted.record(new UsageRecord("u-2", Optional.of(SAM), OURS, SmsDirection.INBOUND, "SM1", 2,
                new BigDecimal("0.0158"), "usd", true, DeliveryStatus.RECEIVED, Optional.empty(), NOW)))
                .as("the same provider id delivered again").isFalse();
        counted.record(new UsageRecord("u-3", Optional.of(SAM), OURS, SmsDirection.OUTBOUND, "SM2", 1,
                new BigDecimal("0.0079"), "usd", true, DeliveryStatus.QUEUED, Optional.empty(), NOW));

        assertThat(Scraped.value(metrics, "assistant_sms", "direction", "inbound", "outcome", "received")).isEqualTo(1);
        assertThat(Scraped.value(metrics, "assistant_sms", "direction", "outbound", "outcome", "sent")).isEqualTo(1);
        assertThat(Scraped.value(metrics, "assistant_sms_segments", "direction", "inbound")).isEqualTo(2);
        assertThat(Scraped.value(metrics, "assistant_sms_cost", "direction", "inbound", "currency", "USD"))
                .isEqualTo(0.0158);
    }

    @Test
    void a_text_the_provider_refuses_counts_as_failed_and_one_it_cannot_take_now_counts_nothing() {
        RecordingTextMessages provider = new RecordingTextMessages();
        CountedTextMessages counted = new CountedTextMessages(provider, metrics);
        OutgoingSms hello = OutgoingSms.from(OURS, THEIRS, "hello");

        assertThat(counted.send(hello)).isInstanceOf(SmsSendResult.Accepted.class);
        provider.refuse(THEIRS, new SmsSendResult.Unsubscribed());
        assertThat(counted.send(hello)).isInstanceOf(SmsSendResult.Unsubscribed.class);
        provider.setDown(true);
        assertThatThrownBy(() -> counted.send(hello)).isInstanceOf(DependencyUnavailableException.class);

        assertThat(Scraped.value(metrics, "assistant_sms", "direction", "outbound", "outcome", "failed")).isEqualTo(1);
        assertThat(Scraped.value(metrics, "assistant_sms", "direction", "outbound", "outcome", "sent"))
                .as("counted by the usage log").isZero();
    }

    @Test
    void a_second_stop_counts_no_second_opt_out_and_only_an_opted_out_person_can_opt_in() {
        InMemoryOptOuts optOuts = new InMemoryOptOuts();
        CountedOptOuts counted = new CountedOptOuts(optOuts, metrics);

        assertThat(counted.optIn(OURS, THEIRS, NOW)).isFalse();
        counted.optOut(OURS, THEIRS, OptOuts.Source.KEYWORD, NOW);
        counted.optOut(OURS, THEIRS, OptOuts.Source.PROVIDER, NOW.plusSeconds(1));
        assertThat(counted.isOptedOut(OURS, THEIRS)).isTrue();
        assertThat(counted.optIn(OURS, THEIRS, NOW.plusSeconds(2))).isTrue();

        assertThat(Scraped.value(metrics, "assistant_sms_opt_outs")).isEqualTo(1);
        assertThat(Scraped.value(metrics, "assistant_sms_opt_ins")).isEqualTo(1);
    }

    @Test
    void requests_are_observed_by_method_route_and_status_and_an_unusual_method_becomes_other() {
        metrics.requestServed("GET", "/api/v1/tasks/{id}", 200, Duration.ofMillis(12).toNanos());
        metrics.requestServed("BREW", "unmatched", 405, Duration.ofMillis(1).toNanos());

        assertThat(Scraped.value(metrics, "assistant_http_requests_seconds",
                "method", "GET", "route", "/api/v1/tasks/{id}", "status", "200")).isEqualTo(1);
        assertThat(Scraped.sum(metrics, "assistant_http_requests_seconds",
                "method", "GET", "route", "/api/v1/tasks/{id}", "status", "200")).isEqualTo(0.012);
        assertThat(Scraped.exists(metrics, "assistant_http_requests_seconds",
                "method", "OTHER", "route", "unmatched", "status", "405")).isTrue();
    }

    @Test
    void two_instances_have_registries_of_their_own() {
        AssistantMetrics other = new AssistantMetrics();
        other.jobRan("deliver-emails", true);

        assertThat(Scraped.value(other, "assistant_job_runs", "task", "deliver-emails", "result", "ok")).isEqualTo(1);
        assertThat(Scraped.value(metrics, "assistant_job_runs", "task", "deliver-emails", "result", "ok")).isZero();
        assertThat(Scraped.exists(metrics, "jvm_threads_current")).as("the JVM's metrics on each").isTrue();
    }
}
