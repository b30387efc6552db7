package org.tdah.assistant.adapters.rest.access;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import org.tdah.assistant.application.access.AccessCore;

/**
 * The resources of the access context. None is served yet: {@code GET /admin/roles} and the role
 * grants come with the permission checks that guard them, so that no administration path is ever
 * served unguarded. The installer exists so that they arrive without editing another context.
 */
public final class AccessApi {
    private AccessApi() {}

    public static void install(JerseyEnvironment jersey, AccessCore core) {
        // Deliberately empty until the access context has guarded resources (see the type's Javadoc).
    }
}
