package org.tdah.assistant.adapters.rest.sms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.tdah.assistant.adapters.rest.openapi.RequestShapes;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.CallerPrincipal;
import org.tdah.assistant.adapters.rest.shared.JsonFields;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;
import org.tdah.assistant.adapters.rest.sms.SmsRepresentations.PhoneNumberJson;
import org.tdah.assistant.application.sms.NumberId;
import org.tdah.assistant.application.sms.numbers.ListPhoneNumbers;
import org.tdah.assistant.application.sms.numbers.ProvisionNumber;
import org.tdah.assistant.application.sms.numbers.ReleaseNumber;

/**
 * The caller's number to text their assistant at. Getting one needs {@code phone-number:provision}
 * (premium); seeing and releasing one's own numbers needs {@code phone-number:read}, so a person
 * who is no longer premium still sees and gives back the number they have. Someone else's number
 * is a 404.
 */
@Path("/api/v1/phone-numbers")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@RequiresPermission("phone-number:read")
public final class PhoneNumbersResource {
    private static final Set<String> NEW_NUMBER = Set.of("areaCode", "country");

    private final ProvisionNumber provision;
    private final ListPhoneNumbers list;
    private final ReleaseNumber release;

    public PhoneNumbersResource(ProvisionNumber provision, ListPhoneNumbers list, ReleaseNumber release) {
        this.provision = provision;
        this.list = list;
        this.release = release;
    }

    /** {@code {"areaCode"?: "415", "country"?: "US"}}: 201 with the number. */
    @POST
    @RequiresPermission("phone-number:provision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get a phone number to text the assistant", operationId = "provisionNumber")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = SmsRepresentations.PhoneNumberJson.class)))
    @ApiResponse(responseCode = "409",
            description = "A number already, email or phone not verified, or none for sale there")
    @RequestBody(content = @Content(schema = @Schema(implementation = RequestShapes.NewNumber.class)))
    public Response provision(JsonNode body, @Context SecurityContext security) {
        return SmsAnswers.of(provision.provision(CallerPrincipal.of(security).accountId(), command(body)));
    }

    /** Newest first, active and released. */
    @GET
    @Operation(summary = "The caller's phone numbers, newest first", operationId = "listPhoneNumbers")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = SmsRepresentations.PhoneNumberList.class)))
    public Map<String, Object> list(@Context SecurityContext security) {
        return Map.of("items", list.of(CallerPrincipal.of(security).accountId()).stream().map(PhoneNumberJson::of)
                .toList());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Release one of the caller's numbers", operationId = "releaseNumber")
    @ApiResponse(responseCode = "204", description = "No content")
    public Response release(@PathParam("id") String id, @Context SecurityContext security) {
        return SmsAnswers.of(release.release(CallerPrincipal.of(security).accountId(), new NumberId(id)));
    }

    static ProvisionNumber.Command command(JsonNode body) {
        JsonFields fields = new JsonFields(body, NEW_NUMBER);
        Optional<String> areaCode = text(fields, "areaCode");
        Optional<String> country = text(fields, "country");
        fields.throwIfAny();
        return new ProvisionNumber.Command(areaCode, country);
    }

    private static Optional<String> text(JsonFields fields, String field) {
        return fields.nullableText(field, value -> value).flatMap(present -> present);
    }
}
