package org.tdah.assistant.adapters.rest.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.tdah.assistant.adapters.rest.openapi.RequestShapes;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.adapters.rest.shared.RequestOrigins;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.application.identity.TypedCode;
import org.tdah.assistant.application.identity.account.ViewOwnAccount;
import org.tdah.assistant.application.identity.password.ChangePassword;
import org.tdah.assistant.application.identity.phone.PhoneCommand;
import org.tdah.assistant.application.identity.phone.RequestPhoneVerification;
import org.tdah.assistant.application.identity.phone.VerifyPhone;
import org.tdah.assistant.application.identity.profile.ReplacePreferences;
import org.tdah.assistant.application.identity.profile.UpdateProfile;
import org.tdah.assistant.application.identity.profile.ViewPreferences;
import org.tdah.assistant.domain.access.Role;

/** The caller's own account. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
public final class UsersResource {
    /** The effective permissions of a set of roles: the access context's answer, handed in by the composer. */
    private final Function<Set<Role>, List<String>> permissionsOf;
    private final ViewOwnAccount viewOwnAccount;
    private final ChangePassword changePassword;
    private final RequestPhoneVerification requestPhoneVerification;
    private final VerifyPhone verifyPhone;
    private final UpdateProfile updateProfile;
    private final ViewPreferences viewPreferences;
    private final ReplacePreferences replacePreferences;

    public UsersResource(ViewOwnAccount viewOwnAccount, ChangePassword changePassword,
            RequestPhoneVerification requestPhoneVerification, VerifyPhone verifyPhone, UpdateProfile updateProfile,
            ViewPreferences viewPreferences, ReplacePreferences replacePreferences,
            Function<Set<Role>, List<String>> permissionsOf) {
        this.permissionsOf = permissionsOf;
        this.viewOwnAccount = viewOwnAccount;
        this.changePassword = changePassword;
        this.requestPhoneVerification = requestPhoneVerification;
        this.verifyPhone = verifyPhone;
        this.updateProfile = updateProfile;
        this.viewPreferences = viewPreferences;
        this.replacePreferences = replacePreferences;
    }

    /** Changes any of displayName, timezone, locale and smsConsent; unknown fields and wrong values are 422. */
    @PATCH
    @Path("/me")
    @Authenticated
    @RequiresPermission("profile:write")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the display name, time zone, locale or SMS consent", operationId = "updateProfile")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AccountRepresentation.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = RequestShapes.ProfileChange.class)))
    public Response updateProfile(JsonNode body, @Context SecurityContext security) {
        return ProfileAnswers.of(updateProfile.update(CallerPrincipal.of(security), ProfileRequests.change(body)), permissionsOf);
    }

    /** The caller's reminder preferences, or the defaults when they never chose. */
    @GET
    @Path("/me/preferences")
    @Authenticated
    @RequiresPermission("profile:read")
    @Operation(summary = "The caller's reminder preferences", operationId = "viewPreferences")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = PreferencesRepresentation.class)))
    public Response preferences(@Context SecurityContext security) {
        return ProfileAnswers.of(viewPreferences.view(CallerPrincipal.of(security)));
    }

    /** Replaces every preference at once; each field is required, null where it means none. */
    @PUT
    @Path("/me/preferences")
    @Authenticated
    @RequiresPermission("profile:write")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the reminder preferences (the whole object)", operationId = "replacePreferences")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = PreferencesRepresentation.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = PreferencesRepresentation.class)))
    public Response replacePreferences(JsonNode body, @Context SecurityContext security) {
        return ProfileAnswers.of(replacePreferences.replace(CallerPrincipal.of(security),
                ProfileRequests.preferences(body)));
    }

    /** Sends a code to the number; a verified number is replaced only after a recent authentication. */
    @POST
    @Path("/me/phone")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Text a code to verify a phone number", operationId = "requestPhoneVerification")
    @ApiResponse(responseCode = "202", description = "Accepted",
            content = @Content(schema = @Schema(implementation = SecondFactorAnswers.CodeSent.class)))
    @ApiResponse(responseCode = "403", description = "Re-authenticate first")
    @ApiResponse(responseCode = "409", description = "The number belongs to another account or cannot be texted")
    @ApiResponse(responseCode = "429", description = "At most 3 codes per 15 minutes")
    public Response requestPhoneVerification(
            Requests.Phone body, @Context SecurityContext security, @Context HttpServletRequest http) {
        Requests.Phone request = body == null ? Requests.Phone.EMPTY : body;
        return SecondFactorAnswers.of(requestPhoneVerification.request(CallerPrincipal.of(security),
                PhoneCommand.of(request.phone()), RequestOrigins.of(http)));
    }

    @POST
    @Path("/me/phone/verify")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify the phone number with the texted code", operationId = "verifyPhone")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = SecondFactorAnswers.VerifiedPhone.class)))
    @ApiResponse(responseCode = "409", description = "There is nothing to confirm, or the number is in use")
    public Response verifyPhone(Requests.Code body, @Context SecurityContext security, @Context HttpServletRequest http) {
        Requests.Code request = body == null ? Requests.Code.EMPTY : body;
        return SecondFactorAnswers.of(verifyPhone.verify(CallerPrincipal.of(security),
                new TypedCode(request.code()), RequestOrigins.of(http)));
    }

    @GET
    @Path("/me")
    @Authenticated
    @RequiresPermission("profile:read")
    @Operation(summary = "The caller's account, permissions and consent", operationId = "viewOwnAccount")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = AccountRepresentation.class)))
    public Response me(@Context SecurityContext securityContext) {
        return viewOwnAccount.view(CallerPrincipal.of(securityContext))
                .map(overview -> Response.ok(AccountRepresentation.of(overview,
                        permissionsOf.apply(overview.account().roles()))).build())
                .orElseGet(() -> Problems.response(
                        GeneralProblem.AUTHENTICATION_REQUIRED, "The account of this token no longer exists."));
    }

    @POST
    @Path("/me/password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the password (with the current one)", operationId = "changePassword")
    @ApiResponse(responseCode = "204", description = "No content")
    @ApiResponse(responseCode = "403", description = "The current password is wrong")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts")
    public Response changePassword(
            Requests.ChangePassword body, @Context SecurityContext security, @Context HttpServletRequest http) {
        Requests.ChangePassword request = body == null ? Requests.ChangePassword.EMPTY : body;
        return AccountAnswers.of(changePassword.change(CallerPrincipal.of(security),
                new ChangePassword.Command(request.currentPassword(), request.newPassword()), RequestOrigins.of(http)));
    }
}
