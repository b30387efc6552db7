package org.tdah.assistant.adapters.rest.sms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.adapters.rest.shared.Public;
import org.tdah.assistant.application.sms.WebhookCall;
import org.tdah.assistant.application.sms.inbound.ReceiveInboundText;
import org.tdah.assistant.application.sms.status.RecordDeliveryStatus;

/**
 * The SMS provider's webhooks, public but signed: inbound texts ({@code /inbound}, answered at once
 * with an empty TwiML {@code <Response/>}, the reply goes later through the REST API) and delivery
 * statuses ({@code /status}). The signature is checked over the public URL the provider called:
 * the public base URL (right behind a TLS proxy, whatever host and scheme reach this server) and
 * the path and query of the request. A forged or altered call is a 403 and changes nothing.
 */
@Path("/api/v1/sms/twilio")
@Public
public final class SmsWebhooksResource {
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";
    private static final String SIGNATURE = "X-Twilio-Signature";

    private final ReceiveInboundText receive;
    private final RecordDeliveryStatus statuses;
    private final String publicBaseUrl;
    private final Runnable textWaiting;

    /** {@code textWaiting} is told each time a new text waits to be routed. */
    public SmsWebhooksResource(ReceiveInboundText receive, RecordDeliveryStatus statuses, String publicBaseUrl,
            Runnable textWaiting) {
        this.receive = receive;
        this.statuses = statuses;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
        this.textWaiting = textWaiting;
    }

    @POST
    @Path("/inbound")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Twilio webhook: an inbound text (form-encoded, signed)", operationId = "twilioInbound")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/xml", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", description = "Not an inbound text")
    @ApiResponse(responseCode = "403", description = "The X-Twilio-Signature is missing or wrong")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(type = "object",
            description = "From, To, Body, MessageSid, NumMedia, ... as Twilio posts them")))
    public Response inbound(MultivaluedMap<String, String> form,
            @Parameter(description = "Twilio's signature of the public URL and the parameters (HMAC-SHA1, base64)")
            @HeaderParam(SIGNATURE) String signature,
            @Context UriInfo uri) {
        return receive.receive(call(form, signature, uri)).map(new ReceiveInboundText.Result.Mapping<>() {
            @Override
            public Response on(ReceiveInboundText.Result.Received received) {
                textWaiting.run();
                return twiml();
            }

            @Override
            public Response on(ReceiveInboundText.Result.Duplicate duplicate) {
                return twiml();
            }

            @Override
            public Response on(ReceiveInboundText.Result.Forged forged) {
                return forged();
            }

            @Override
            public Response on(ReceiveInboundText.Result.Malformed malformed) {
                return Problems.response(GeneralProblem.MALFORMED_REQUEST, "This is not an inbound text: "
                        + malformed.reason() + ".");
            }
        });
    }

    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Twilio webhook: a delivery status (form-encoded, signed)", operationId = "twilioStatus")
    @ApiResponse(responseCode = "204", description = "No content")
    @ApiResponse(responseCode = "400", description = "Not a status callback")
    @ApiResponse(responseCode = "403", description = "The X-Twilio-Signature is missing or wrong")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(type = "object",
            description = "MessageSid, MessageStatus, ErrorCode, ... as Twilio posts them")))
    public Response status(MultivaluedMap<String, String> form,
            @Parameter(description = "Twilio's signature of the public URL and the parameters (HMAC-SHA1, base64)")
            @HeaderParam(SIGNATURE) String signature,
            @Context UriInfo uri) {
        return statuses.record(call(form, signature, uri)).map(new RecordDeliveryStatus.Result.Mapping<>() {
            @Override
            public Response on(RecordDeliveryStatus.Result.Recorded recorded) {
                return Response.noContent().build();
            }

            @Override
            public Response on(RecordDeliveryStatus.Result.UnknownText unknownText) {
                return Response.noContent().build();
            }

            @Override
            public Response on(RecordDeliveryStatus.Result.Forged forged) {
                return forged();
            }

            @Override
            public Response on(RecordDeliveryStatus.Result.Malformed malformed) {
                return Problems.response(GeneralProblem.MALFORMED_REQUEST, "This is not a status callback: "
                        + malformed.reason() + ".");
            }
        });
    }

    private WebhookCall call(MultivaluedMap<String, String> form, String signature, UriInfo uri) {
        Map<String, String> parameters = new HashMap<>();
        if (form != null) {
            form.forEach((name, values) -> parameters.put(name, values.isEmpty() ? "" : values.get(0)));
        }
        String query = uri.getRequestUri().getRawQuery();
        String url = publicBaseUrl + uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
        return new WebhookCall(url, parameters, Optional.ofNullable(signature));
    }

    private static Response twiml() {
        return Response.ok(EMPTY_TWIML, "text/xml; charset=UTF-8").build();
    }

    private static Response forged() {
        return Problems.response(SmsProblem.FORGED_WEBHOOK, "The signature of this call is missing or wrong.");
    }
}
