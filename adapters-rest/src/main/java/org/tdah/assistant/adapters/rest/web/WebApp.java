package org.tdah.assistant.adapters.rest.web;

import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the web app in front of the API: {@link WebAppFilter} on {@code /*}, after the request id
 * and the access log, so every page and asset has a request id and an access line (route
 * {@code unmatched}). Only processes that serve the API install it (server, dev).
 */
public final class WebApp {
    /** The classpath folder the {@code web} Maven module packs the built app into. */
    public static final String CLASSPATH_ROOT = "web";
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private WebApp() {}

    public static void install(Environment environment) {
        WebAppFilter filter = new WebAppFilter(WebApp.class.getClassLoader(), CLASSPATH_ROOT);
        if (!filter.appPresent()) {
            LOG.warn("The web app is not on the class path ({}/index.html): / answers 404; build it with Maven (docs/web.md)",
                    CLASSPATH_ROOT);
        }
        environment.servlets()
                .addFilter("web-app", filter)
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
    }
}
