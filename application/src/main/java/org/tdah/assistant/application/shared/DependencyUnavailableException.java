package org.tdah.assistant.application.shared;

/**
 * An out-port could not reach the system behind it (the database, Redis, an SMS provider). The
 * operation did not happen and may be retried; adapters on the way in answer 503. The message
 * names the dependency, never connection strings or credentials.
 */
public final class DependencyUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String dependency;

    public DependencyUnavailableException(String dependency, Throwable cause) {
        super(dependency + " is unavailable", cause);
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }
}
