package org.tdah.assistant.adapters.rest.audit;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import org.tdah.assistant.application.audit.AuditCore;

/** The resources of the audit context: the administrators' trail and each person's own activity. */
public final class AuditApi {
    private AuditApi() {}

    public static void install(JerseyEnvironment jersey, AuditCore core) {
        jersey.register(new AdminAuditResource(core.searchAuditTrail()));
        jersey.register(new ActivityResource(core.viewOwnActivity()));
    }
}
