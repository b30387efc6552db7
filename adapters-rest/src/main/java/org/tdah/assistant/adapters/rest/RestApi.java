package org.tdah.assistant.adapters.rest;

import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import org.tdah.assistant.adapters.rest.access.AccessApi;
import org.tdah.assistant.adapters.rest.assistant.AssistantApi;
import org.tdah.assistant.adapters.rest.audit.AuditApi;
import org.tdah.assistant.adapters.rest.conversation.ConversationApi;
import org.tdah.assistant.adapters.rest.identity.IdentityApi;
import org.tdah.assistant.adapters.rest.jobs.JobsApi;
import org.tdah.assistant.adapters.rest.openapi.OpenApiResource;
import org.tdah.assistant.adapters.rest.openapi.SwaggerUi;
import org.tdah.assistant.adapters.rest.shared.AccessLogFilter;
import org.tdah.assistant.adapters.rest.shared.BearerAuthenticationFilter;
import org.tdah.assistant.adapters.rest.shared.BodySizeLimitFilter;
import org.tdah.assistant.adapters.rest.shared.UnreadBodyFilter;
import org.tdah.assistant.adapters.rest.shared.DependencyUnavailableExceptionMapper;
import org.tdah.assistant.adapters.rest.shared.InvalidInputExceptionMapper;
import org.tdah.assistant.adapters.rest.shared.JsonProcessingExceptionMapper;
import org.tdah.assistant.adapters.rest.shared.JsonWriterAnnotations;
import org.tdah.assistant.adapters.rest.shared.RequestIdFilter;
import org.tdah.assistant.adapters.rest.shared.RequestMeter;
import org.tdah.assistant.adapters.rest.shared.RouteTemplateFilter;
import org.tdah.assistant.adapters.rest.shared.SecurityContextParameters;
import org.tdah.assistant.adapters.rest.shared.SecurityHeadersFilter;
import org.tdah.assistant.adapters.rest.shared.UnexpectedExceptionMapper;
import org.tdah.assistant.adapters.rest.shared.ViolationExceptionMapper;
import org.tdah.assistant.adapters.rest.shared.WebApplicationExceptionMapper;
import org.tdah.assistant.adapters.rest.sms.SmsApi;
import org.tdah.assistant.adapters.rest.web.WebApp;
import org.tdah.assistant.application.AssistantCore;
import org.tdah.assistant.domain.access.Permission;

/**
 * Everything the REST adapter puts into a Dropwizard environment: request ids, the security headers
 * (Content-Security-Policy and the like), the access log, the body limit,
 * bearer authentication, the problem mappers (in place of Dropwizard's defaults), then each context's
 * resources through its own installer, and the OpenAPI document of them all with Swagger UI.
 */
public final class RestApi {
    private RestApi() {}

    /**
     * The limits of the API: the largest body read, whether permissions are checked (always, but in
     * the overhead benchmark), the clock "today" is read on, and what the refresh cookie of browser
     * clients needs (the session lifetime, the public base URL).
     */
    public record Settings(long maxBodyBytes, boolean enforcePermissions, Clock clock,
            IdentityApi.BrowserSessions browsers) {}

    public static void install(Environment environment, AssistantCore core, Settings settings) {
        install(environment, core, settings, RequestMeter.NONE);
    }

    /**
     * The API, and the web app at {@code /} in front of it ({@link WebApp}), each request told to
     * {@code meter} once served.
     */
    public static void install(Environment environment, AssistantCore core, Settings settings, RequestMeter meter) {
        installEssentials(environment, settings.maxBodyBytes(), meter);
        WebApp.install(environment);
        var jersey = environment.jersey();
        jersey.register(new BearerAuthenticationFilter(core.identity().authenticateAccessToken()));
        IdentityApi.install(jersey, core.identity(), roles -> core.access().effectivePermissions().of(roles).stream()
                .map(Permission::value).toList(), settings.browsers());
        AccessApi.install(jersey, core.access(), settings.enforcePermissions());
        AuditApi.install(jersey, core.audit());
        ConversationApi.install(jersey, core.conversation());
        AssistantApi.install(jersey, core.assistant());
        JobsApi.install(jersey, core.jobs());
        SmsApi.install(jersey, core.sms(), settings.clock());
        jersey.register(OpenApiResource.of(jersey.getResourceConfig()));
        SwaggerUi.install(environment);
    }

    /**
     * What every served resource needs, the API's or only the SMS router's webhooks: request ids,
     * the security headers, the access log, the body limit, the JSON writer's annotations, the
     * security context of resource methods and the problem mappers.
     */
    public static void installEssentials(Environment environment, long maxBodyBytes) {
        installEssentials(environment, maxBodyBytes, RequestMeter.NONE);
    }

    /** The essentials, each request told to {@code meter} (by the access log) once served. */
    public static void installEssentials(Environment environment, long maxBodyBytes, RequestMeter meter) {
        environment.servlets()
                .addFilter("request-id", new RequestIdFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), false, "/*");
        environment.servlets()
                .addFilter("security-headers", new SecurityHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, "/*");
        environment.servlets()
                .addFilter("access-log", new AccessLogFilter(meter))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        environment.admin()
                .addFilter("request-id", new RequestIdFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), false, "/*");

        var jersey = environment.jersey();
        jersey.register(new RouteTemplateFilter());
        jersey.register(new BodySizeLimitFilter(maxBodyBytes));
        jersey.register(new UnreadBodyFilter());
        jersey.register(new JsonWriterAnnotations());
        jersey.register(new SecurityContextParameters.Binder());
        jersey.register(new WebApplicationExceptionMapper());
        jersey.register(new JsonProcessingExceptionMapper());
        jersey.register(new InvalidInputExceptionMapper());
        jersey.register(new ViolationExceptionMapper());
        jersey.register(new DependencyUnavailableExceptionMapper());
        jersey.register(new UnexpectedExceptionMapper());
    }
}
