package org.tdah.assistant.adapters.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.servlet.http.HttpServlet;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.tdah.assistant.domain.conversation.Author;
import org.tdah.assistant.domain.conversation.Channel;
import org.tdah.assistant.domain.identity.ReminderChannel;
import org.tdah.assistant.domain.identity.SecondFactorMethod;
import org.tdah.assistant.domain.sms.SmsDirection;

/**
 * The metrics of one application instance, on a registry of its own (never the default static
 * one, so that several applications in one JVM, as in the tests, do not clash): the JVM, the
 * per-route request histogram, and the business counters the port decorators of this package
 * move. Every label takes its values from a small fixed set (an enum, a route template, a status
 * code); ids, emails, numbers and raw paths never become labels. The names are the catalogue of
 * docs/operations.md ("Metrics").
 */
public final class AssistantMetrics {
    /** Request durations from a millisecond to a minute: the API answers in ms, long polls wait ~30 s. */
    private static final double[] REQUEST_SECONDS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5,
            5, 10, 30, 60};
    /** Reminder lateness from a second to a day: the delivery job polls every few seconds, quiet hours defer. */
    private static final double[] LATENESS_SECONDS = {1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200, 21600,
            86400};
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    static final String INBOUND = "inbound";
    static final String OUTBOUND = "outbound";

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Histogram requests;
    private final Counter registrations;
    private final Counter logins;
    private final Counter secondFactor;
    private final Counter messages;
    private final Counter remindersFired;
    private final Histogram reminderLateness;
    private final Counter nags;
    private final Counter checkIns;
    private final Counter sms;
    private final Counter smsSegments;
    private final Counter smsCost;
    private final Counter optOuts;
    private final Counter optIns;
    private final Counter jobRuns;

    public AssistantMetrics() {
        JvmMetrics.builder().register(registry);
        requests = Histogram.builder().name("assistant_http_requests_seconds")
                .help("Duration of each API and webhook request, by method, route template and status")
                .labelNames("method", "route", "status").classicOnly().classicUpperBounds(REQUEST_SECONDS)
                .withoutExemplars().register(registry);
        registrations = counter("assistant_registrations_total", "Accounts registered");
        logins = counter("assistant_logins_total", "Login attempts by how they ended", "outcome");
        for (String outcome : new String[] {"success", "second_factor_required", "refused", "throttled"}) {
            logins.initLabelValues(outcome);
        }
        secondFactor = counter("assistant_second_factor_total", "Second-factor codes checked at login", "factor",
                "outcome");
        for (SecondFactorMethod method : SecondFactorMethod.values()) {
            secondFactor.initLabelValues(method.wireName(), "accepted");
            secondFactor.initLabelValues(method.wireName(), "refused");
        }
        messages = counter("assistant_messages_total", "Messages stored, by channel and author", "channel", "author");
        for (Channel channel : Channel.values()) {
            for (Author author : Author.values()) {
                messages.initLabelValues(label(channel.name()), label(author.name()));
            }
        }
        remindersFired = counter("assistant_reminders_fired_total", "Reminder deliveries a channel took", "channel");
        for (ReminderChannel channel : ReminderChannel.values()) {
            remindersFired.initLabelValues(channel.wireName());
        }
        reminderLateness = Histogram.builder().name("assistant_reminder_lateness_seconds")
                .help("Time from when a reminder was due to when a channel took it").classicOnly()
                .classicUpperBounds(LATENESS_SECONDS).withoutExemplars().register(registry);
        nags = counter("assistant_nags_total", "Nag deliveries (rounds after a reminder's first) a channel took");
        checkIns = counter("assistant_check_ins_total", "Daily check-ins sent");
        sms = counter("assistant_sms_total", "Texts received, sent, and refused by the provider", "direction",
                "outcome");
        sms.initLabelValues(INBOUND, "received");
        sms.initLabelValues(OUTBOUND, "sent");
        sms.initLabelValues(OUTBOUND, "failed");
        smsSegments = counter("assistant_sms_segments_total", "Segments of the texts received and sent", "direction");
        smsSegments.initLabelValues(INBOUND);
        smsSegments.initLabelValues(OUTBOUND);
        smsCost = counter("assistant_sms_cost_total",
                "Estimated cost of the texts received and sent, in currency units", "direction", "currency");
        optOuts = counter("assistant_sms_opt_outs_total", "People who opted out of our texts (STOP or provider)");
        optIns = counter("assistant_sms_opt_ins_total", "People who opted back in to our texts");
        jobRuns = counter("assistant_job_runs_total", "Background job runs finished on this instance", "task",
                "result");
    }

    private Counter counter(String name, String help, String... labels) {
        return Counter.builder().name(name).help(help).labelNames(labels).withoutExemplars().register(registry);
    }

    /** The registry every collector of this instance is on. */
    public PrometheusRegistry registry() {
        return registry;
    }

    /** {@code GET /prometheus}: the text format, or OpenMetrics when the scraper asks for it. */
    public HttpServlet servlet() {
        return new PrometheusMetricsServlet(registry);
    }

    /** One request served: its method (others than the usual ones as {@code OTHER}), route template, status. */
    public void requestServed(String method, String route, int status, long nanos) {
        String knownMethod = METHODS.contains(method) ? method : "OTHER";
        requests.labelValues(knownMethod, route, Integer.toString(status))
                .observe(nanos / (double) TimeUnit.SECONDS.toNanos(1));
    }

    void registered() {
        registrations.inc();
    }

    void loginEnded(String outcome) {
        logins.labelValues(outcome).inc();
    }

    void secondFactorChecked(SecondFactorMethod method, boolean accepted) {
        secondFactor.labelValues(method.wireName(), accepted ? "accepted" : "refused").inc();
    }

    void messageStored(Channel channel, Author author) {
        messages.labelValues(label(channel.name()), label(author.name())).inc();
    }

    void reminderDelivered(ReminderChannel channel) {
        remindersFired.labelValues(channel.wireName()).inc();
    }

    /**
     * How late a reminder delivery went behind the time it was meant for (its planned time, or the
     * end of the quiet hours that held it), as the reminder job's report tells.
     */
    public void reminderLate(Duration late) {
        reminderLateness.observe(Math.max(0, late.toMillis()) / 1000.0);
    }

    /** Nag deliveries a run of the reminder job counted. */
    public void nagsDelivered(int count) {
        nags.inc(count);
    }

    /** Check-ins a run of the check-in job sent. */
    public void checkInsSent(int count) {
        checkIns.inc(count);
    }

    void textKept(SmsDirection direction, int segments, BigDecimal cost, String currency) {
        String way = direction(direction);
        sms.labelValues(way, direction == SmsDirection.INBOUND ? "received" : "sent").inc();
        smsSegments.labelValues(way).inc(segments);
        smsCost.labelValues(way, currency.toUpperCase(Locale.ROOT)).inc(cost.doubleValue());
    }

    /** The currency of the price table, so that the cost has a series before the first text. */
    public void pricedIn(String currency) {
        smsCost.initLabelValues(INBOUND, currency.toUpperCase(Locale.ROOT));
        smsCost.initLabelValues(OUTBOUND, currency.toUpperCase(Locale.ROOT));
    }

    void textRefused() {
        sms.labelValues(OUTBOUND, "failed").inc();
    }

    void optedOut() {
        optOuts.inc();
    }

    void optedIn() {
        optIns.inc();
    }

    /** A background job run this instance finished. */
    public void jobRan(String task, boolean succeeded) {
        jobRuns.labelValues(task, succeeded ? "ok" : "failed").inc();
    }

    static String direction(SmsDirection direction) {
        return direction == SmsDirection.INBOUND ? INBOUND : OUTBOUND;
    }

    private static String label(String enumName) {
        return enumName.toLowerCase(Locale.ROOT);
    }
}
