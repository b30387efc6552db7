package org.tdah.assistant.adapters.rest.shared;

/**
 * Told of every request once it is served, for the metrics: method, route template (as
 * {@link RouteTemplateFilter} found it, or {@link AccessLogFilter#UNMATCHED}), status and duration.
 */
@FunctionalInterface
public interface RequestMeter {
    RequestMeter NONE = (method, route, status, nanos) -> { };

    void served(String method, String route, int status, long nanos);
}
