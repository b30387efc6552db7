package org.tdah.assistant.adapters.rest.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.tdah.assistant.adapters.rest.shared.Public;
import org.tdah.assistant.application.identity.PublicSigningKey;
import org.tdah.assistant.application.identity.tokens.PublishSigningKeys;

/**
 * The JSON Web Key Set (RFC 7517) of the keys access tokens are signed with, at the well-known
 * address, so that other services verify our tokens without calling us.
 */
@Path("/.well-known")
public final class JwksResource {
    private final PublishSigningKeys publishSigningKeys;

    public JwksResource(PublishSigningKeys publishSigningKeys) {
        this.publishSigningKeys = publishSigningKeys;
    }

    /** One public key as a JWK. */
    public record Jwk(String kty, String crv, String x, String y, String kid, String alg, String use) {
        static Jwk of(PublicSigningKey key) {
            return new Jwk("EC", key.curve(), key.x(), key.y(), key.keyId(), key.algorithm(), "sig");
        }
    }

    /** The key set. */
    public record JwkSet(List<Jwk> keys) {}

    @GET
    @Path("/jwks.json")
    @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
    @Public
    @Operation(summary = "The public keys that sign access tokens (JWKS)", operationId = "jwks")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(schema = @Schema(implementation = JwksResource.JwkSet.class)))
    public Response jwks() {
        JwkSet keySet = new JwkSet(publishSigningKeys.publicKeys().stream().map(Jwk::of).toList());
        return Response.ok(keySet, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "public, max-age=300").build();
    }
}
