package org.tdah.assistant.adapters.rest.live;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.tdah.assistant.application.live.LiveCore;

/**
 * The resources of the live context: {@code GET /events}, with a pool of at most
 * {@code maxStreams} threads (one per open stream), stopped with the application.
 */
public final class LiveApi {
    private LiveApi() {}

    public static void install(Environment environment, LiveCore core, int maxStreams, EventsResource.Settings settings) {
        AtomicInteger number = new AtomicInteger();
        ExecutorService streams = new ThreadPoolExecutor(0, maxStreams, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "live-events-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                streams.shutdownNow();
            }
        });
        environment.jersey().register(new EventsResource(core.followLiveEvents(), streams, settings));
    }
}
