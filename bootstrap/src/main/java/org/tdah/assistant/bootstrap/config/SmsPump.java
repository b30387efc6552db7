package org.tdah.assistant.bootstrap.config;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.application.sms.SmsCore;
import org.tdah.assistant.application.sms.inbound.RouteInboundTexts;
import org.tdah.assistant.application.sms.outbound.SendQueuedTexts;

/**
 * Keeps the SMS router moving on this instance: one thread routes the texts waiting in the intake,
 * another drains the outbox at each number's pace. Each runs at once when told there is work
 * ({@link #textWaiting()}: the intake on this instance; a routed text wakes the sender), and every
 * {@code pollingInterval} anyway, for work other instances took in or that waits for its time.
 * Every instance may run one: the ports' claims keep them from taking the same text.
 */
public final class SmsPump implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(SmsPump.class);
    private static final int MOST_PASSES_AT_ONCE = 100;

    private final RouteInboundTexts routing;
    private final SendQueuedTexts sending;
    private final Duration pollingInterval;
    private final ScheduledExecutorService router = Executors.newSingleThreadScheduledExecutor(named("sms-router"));
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(named("sms-sender"));
    private final AtomicBoolean routeAgain = new AtomicBoolean();
    private final AtomicBoolean sendAgain = new AtomicBoolean();
    private volatile boolean running;

    public SmsPump(SmsCore core, Duration pollingInterval) {
        this.routing = core.routeInboundTexts();
        this.sending = core.sendQueuedTexts();
        this.pollingInterval = pollingInterval;
    }

    /** Tells the router a text waits; many calls while it runs make one more pass. */
    public Runnable textWaiting() {
        return () -> wake(router, routeAgain, this::route);
    }

    @Override
    public void start() {
        running = true;
        long every = Math.max(10, pollingInterval.toMillis());
        router.scheduleWithFixedDelay(this::route, every, every, TimeUnit.MILLISECONDS);
        sender.scheduleWithFixedDelay(this::send, every, every, TimeUnit.MILLISECONDS);
        LOG.info("SMS router running: routing and sending texts, looking for work every {} ms", every);
    }

    @Override
    public void stop() throws InterruptedException {
        running = false;
        router.shutdown();
        sender.shutdown();
        router.awaitTermination(10, TimeUnit.SECONDS);
        sender.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void wake(ScheduledExecutorService thread, AtomicBoolean again, Runnable work) {
        if (running && again.compareAndSet(false, true)) {
            try {
                thread.execute(work);
            } catch (RejectedExecutionException stopping) {
                again.set(false);
            }
        }
    }

    private void route() {
        routeAgain.set(false);
        try {
            for (int pass = 0; pass < MOST_PASSES_AT_ONCE && running; pass++) {
                RouteInboundTexts.Report report = routing.routeWaiting();
                if (report.routed() > 0) {
                    wake(sender, sendAgain, this::send);
                }
                if (report.routed() + report.failed() == 0) {
                    return;
                }
            }
        } catch (RuntimeException failure) {
            LOG.error("Routing texts failed; trying again shortly: {}", failure.getClass().getSimpleName(), failure);
        }
    }

    private void send() {
        sendAgain.set(false);
        try {
            for (int pass = 0; pass < MOST_PASSES_AT_ONCE && running; pass++) {
                if (sending.sendDue().handled() == 0) {
                    return;
                }
            }
        } catch (RuntimeException failure) {
            LOG.error("Sending texts failed; trying again shortly: {}", failure.getClass().getSimpleName(), failure);
        }
    }

    private static ThreadFactory named(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
