package org.tdah.assistant.adapters.rest.jobs;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import org.tdah.assistant.application.jobs.JobsCore;

/** The resources of the view on background work: the administrators' {@code GET /admin/jobs}. */
public final class JobsApi {
    private JobsApi() {}

    public static void install(JerseyEnvironment jersey, JobsCore core) {
        jersey.register(new AdminJobsResource(core.viewBackgroundJobs()));
    }
}
