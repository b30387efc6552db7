package org.tdah.assistant.adapters.rest.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Keeps, for {@link AccessLogFilter}, what Jersey knows of a request once it answered: the template
 * of the resource method it matched ({@code /api/v1/tasks/{id}}, never the path with its ids) and
 * the authenticated account's opaque id. Jersey keeps request properties as servlet request
 * attributes, which is how the servlet filter outside Jersey reads them. Runs for every answer,
 * those of refusing filters and exception mappers included; nothing is kept when nothing matched.
 */
public final class RouteTemplateFilter implements ContainerResponseFilter {
    /** The matched route template, a request attribute. */
    public static final String ROUTE = "org.tdah.assistant.route";
    /** The authenticated account's id, a request attribute (absent for anonymous requests). */
    public static final String ACCOUNT = "org.tdah.assistant.account";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        UriInfo uriInfo = request.getUriInfo();
        if (uriInfo instanceof ExtendedUriInfo extended && extended.getMatchedResourceMethod() != null) {
            request.setProperty(ROUTE, template(extended.getMatchedTemplates()));
        }
        if (request.getSecurityContext() != null
                && request.getSecurityContext().getUserPrincipal() instanceof CallerPrincipal principal) {
            request.setProperty(ACCOUNT, principal.caller().accountId().value());
        }
    }

    /** Jersey lists the matched templates innermost first; the route is them outermost first, joined. */
    static String template(List<UriTemplate> matched) {
        StringBuilder route = new StringBuilder();
        for (int i = matched.size() - 1; i >= 0; i--) {
            String part = matched.get(i).getTemplate();
            if (part.isEmpty() || "/".equals(part)) {
                continue;
            }
            if (!part.startsWith("/")) {
                route.append('/');
            }
            route.append(part.endsWith("/") ? part.substring(0, part.length() - 1) : part);
        }
        return route.length() == 0 ? "/" : route.toString();
    }
}
