package org.tdah.assistant.adapters.rest.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.QueryParameters;
import org.tdah.assistant.adapters.rest.shared.RequestOrigins;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.application.access.administration.DisableAccount;
import org.tdah.assistant.application.access.administration.EnableAccount;
import org.tdah.assistant.application.access.administration.ResetSecondFactors;
import org.tdah.assistant.application.access.administration.SearchAccounts;
import org.tdah.assistant.application.access.administration.ViewAccount;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.AccountState;
import org.tdah.assistant.domain.shared.FieldError;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * The accounts, as administrators see and change them: search, one account with its second
 * factors, disable, enable, and the recovery of a person who lost every second factor. For callers
 * allowed {@code user:manage} (with a second factor on, as every administrator-only permission).
 * Shares its root path with {@link AdminRolesResource}, so that Jersey sees one {@code /admin}.
 */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RequiresPermission("user:manage")
public final class AdminUsersResource {
    private static final int MAX_QUERY_LENGTH = 200;

    private final SearchAccounts searchAccounts;
    private final ViewAccount viewAccount;
    private final DisableAccount disableAccount;
    private final EnableAccount enableAccount;
    private final ResetSecondFactors resetSecondFactors;

    public AdminUsersResource(SearchAccounts searchAccounts, ViewAccount viewAccount, DisableAccount disableAccount,
            EnableAccount enableAccount, ResetSecondFactors resetSecondFactors) {
        this.searchAccounts = searchAccounts;
        this.viewAccount = viewAccount;
        this.disableAccount = disableAccount;
        this.enableAccount = enableAccount;
        this.resetSecondFactors = resetSecondFactors;
    }

    /** {@code ?q=} part of the email or name, {@code ?role=}, {@code ?state=}, {@code ?limit=}, {@code ?cursor=}. */
    @GET
    @Path("/users")
    @Operation(summary = "Search accounts by email or name, role and state", operationId = "searchAccounts")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AdministrationAnswers.AccountList.class)))
    public Response search(@QueryParam("q") String q, @QueryParam("role") String role, @QueryParam("state") String state,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context SecurityContext security) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Role> parsedRole = named(role, Role::fromWireName)
                .orElseGet(() -> refused(errors, "role", "must be one of user, premium, administrator"));
        Optional<AccountState> parsedState = named(state, AccountState::fromWireName)
                .orElseGet(() -> refused(errors, "state", "must be one of active, disabled, unverified"));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Accounts.Search search = new Accounts.Search(QueryParameters.text("q", q, MAX_QUERY_LENGTH), parsedRole,
                parsedState);
        return AdministrationAnswers.of(searchAccounts.search(CallerPrincipal.of(security), search,
                AccountCursors.decode(cursor), QueryParameters.limit(limit)));
    }

    @GET
    @Path("/users/{id}")
    @Operation(summary = "One account, as an administrator sees it", operationId = "viewAccount")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AdministrationAnswers.AdminAccountRepresentation.class)))
    public Response view(@PathParam("id") String id, @Context SecurityContext security) {
        return AdministrationAnswers.of(viewAccount.view(CallerPrincipal.of(security), new AccountId(id)));
    }

    /** Answers 200 with the account; ends its sessions at once. */
    @POST
    @Path("/users/{id}/disable")
    @Operation(summary = "Disable an account and end its sessions", operationId = "disableAccount")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AdministrationAnswers.AdminAccountRepresentation.class)))
    @ApiResponse(responseCode = "403", description = "Your own account, or not allowed")
    @ApiResponse(responseCode = "409", description = "The last active administrator cannot be disabled")
    public Response disable(@PathParam("id") String id, @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return AdministrationAnswers.of(disableAccount.disable(CallerPrincipal.of(security), new AccountId(id),
                RequestOrigins.of(http)));
    }

    /** Answers 200 with the account. */
    @POST
    @Path("/users/{id}/enable")
    @Operation(summary = "Enable a disabled account", operationId = "enableAccount")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AdministrationAnswers.AdminAccountRepresentation.class)))
    public Response enable(@PathParam("id") String id, @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return AdministrationAnswers.of(enableAccount.enable(CallerPrincipal.of(security), new AccountId(id),
                RequestOrigins.of(http)));
    }

    /** Answers 204; the person is told by email. */
    @POST
    @Path("/users/{id}/second-factors/reset")
    @Operation(summary = "Remove every second factor of an account (recovery)", operationId = "resetSecondFactors")
    @ApiResponse(responseCode = "204", description = "No content")
    @ApiResponse(responseCode = "403", description = "Your own account, or not allowed")
    public Response resetSecondFactors(@PathParam("id") String id, @Context SecurityContext security,
            @Context HttpServletRequest http) {
        return AdministrationAnswers.of(resetSecondFactors.reset(CallerPrincipal.of(security), new AccountId(id),
                RequestOrigins.of(http)));
    }

    /** Empty inside when the parameter is absent; empty outside when it names nothing known. */
    private static <T> Optional<Optional<T>> named(String value, Function<String, Optional<T>> byName) {
        if (value == null || value.isBlank()) {
            return Optional.of(Optional.empty());
        }
        return byName.apply(value.trim()).map(Optional::of);
    }

    private static <T> Optional<T> refused(List<FieldError> errors, String field, String message) {
        errors.add(new FieldError(field, message));
        return Optional.empty();
    }
}
