package org.tdah.assistant.adapters.rest.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.adapters.rest.shared.QueryParameters;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.application.audit.AuditFilter;
import org.tdah.assistant.application.audit.SearchAuditTrail;
import org.tdah.assistant.domain.audit.AuditCategory;
import org.tdah.assistant.domain.audit.Decision;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * {@code GET /admin/audit}: the whole trail, newest first, filtered by actor, subject, action,
 * decision, category and time range ({@code from} inclusive, {@code to} exclusive), cursor-paged.
 */
@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RequiresPermission("audit:read")
public final class AdminAuditResource {
    private static final int MAX_TEXT = 128;

    private final SearchAuditTrail searchAuditTrail;

    public AdminAuditResource(SearchAuditTrail searchAuditTrail) {
        this.searchAuditTrail = searchAuditTrail;
    }

    @GET
    @Operation(summary = "Search the audit trail", operationId = "searchAuditTrail")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AuditRepresentations.EntryPage.class)))
    public Response search(@QueryParam("actor") String actor, @QueryParam("subject") String subject,
            @QueryParam("action") String action, @QueryParam("decision") String decision,
            @QueryParam("category") String category, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Context SecurityContext security) {
        AuditFilter filter = new AuditFilter(
                QueryParameters.text("actor", actor, MAX_TEXT).map(AccountId::new),
                QueryParameters.text("subject", subject, MAX_TEXT).map(AccountId::new),
                QueryParameters.text("action", action, MAX_TEXT),
                QueryParameters.text("decision", decision, MAX_TEXT).map(name -> Decision.fromWireName(name)
                        .orElseThrow(() -> InvalidInputException.of("decision", "must be allow or deny"))),
                QueryParameters.text("category", category, MAX_TEXT).map(name -> Set.of(AuditCategory.fromWireName(name)
                        .orElseThrow(() -> InvalidInputException.of("category",
                                "must be decision, security or administration")))).orElse(Set.of()),
                QueryParameters.instant("from", from),
                QueryParameters.instant("to", to));
        return searchAuditTrail.search(CallerPrincipal.of(security), filter, AuditCursors.decode(cursor),
                QueryParameters.limit(limit)).map(new SearchAuditTrail.Result.Mapping<>() {
                    @Override
                    public Response on(SearchAuditTrail.Result.Found found) {
                        return Response.ok(AuditRepresentations.page(found.page(),
                                AuditRepresentations.EntryRepresentation::of)).build();
                    }

                    @Override
                    public Response on(SearchAuditTrail.Result.NotAllowed notAllowed) {
                        return Problems.response(GeneralProblem.FORBIDDEN, "This needs the permission audit:read.");
                    }
                });
    }
}
