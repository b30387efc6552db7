package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.dev.MailSink;

/** The first slice through every ring: register, log in, and read one's account, over HTTP. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AccountsApiIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServers(MAIL);
    private static final String PASSWORD = "purple elephants dance quietly";

    private final ApiClient api = TestApplication.api(APP);

    private static String uniqueEmail() {
        return "sam-" + UUID.randomUUID() + "@Example.org";
    }

    @Test
    void a_person_registers_logs_in_and_reads_their_own_account_with_the_token() {
        String email = uniqueEmail();

        ApiClient.Reply registered = api.postJson("/api/v1/auth/register",
                Map.of("email", "  " + email + " ", "password", PASSWORD, "displayName", "Sam"));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.header("Location")).endsWith("/api/v1/users/me");
        JsonNode account = registered.json();
        assertThat(account.get("email").asText()).isEqualTo(email.toLowerCase());
        assertThat(account.get("emailVerified").asBoolean()).isFalse();
        assertThat(account.get("roles").toString()).isEqualTo("[\"user\"]");
        assertThat(account.has("password")).isFalse();
        assertThat(account.has("passwordHash")).isFalse();
        assertThat(registered.body()).doesNotContain("$2b$");

        ApiClient.Reply login = api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Cache-Control")).isEqualTo("no-store");
        assertThat(login.json().get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(login.json().get("expiresIn").asLong()).isEqualTo(900);
        String token = login.json().get("accessToken").asText();

        ApiClient.Reply me = api.getWithToken("/api/v1/users/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asText()).isEqualTo(account.get("id").asText());
        assertThat(me.json().get("displayName").asText()).isEqualTo("Sam");
        assertThat(Instant.parse(me.json().get("createdAt").asText())).isEqualTo(Instant.parse(account.get("createdAt").asText()));
    }

    @Test
    void the_password_is_stored_as_a_bcrypt_hash_in_postgresql() {
        String email = uniqueEmail().toLowerCase();
        api.postJson("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "Sam"));

        String stored;
        try (var connection = java.sql.DriverManager.getConnection(APP.getConfiguration().database.url);
                var statement = connection.prepareStatement("SELECT password_hash FROM accounts WHERE email = ?")) {
            statement.setString(1, email);
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                stored = rows.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(stored).startsWith("$2b$10$").doesNotContain(PASSWORD);
    }

    @Test
    void an_access_token_verifies_with_the_published_jwks_key_using_only_the_jdk() throws Exception {
        String token = api.registerAndLogIn(uniqueEmail(), PASSWORD, "Sam");
        String[] parts = token.split("\\.");
        JsonNode header = decode(parts[0]);
        JsonNode claims = decode(parts[1]);

        ApiClient.Reply jwks = api.get("/.well-known/jwks.json");
        assertThat(jwks.status()).isEqualTo(200);
        JsonNode key = null;
        for (JsonNode candidate : jwks.json().get("keys")) {
            if (candidate.get("kid").asText().equals(header.get("kid").asText())) {
                key = candidate;
            }
        }
        assertThat(key).as("the token's kid is published").isNotNull();
        assertThat(key.has("d")).as("no private part is published").isFalse();
        assertThat(header.get("alg").asText()).isEqualTo("ES256");

        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(publicKey(key));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        assertThat(claims.get("iss").asText()).isEqualTo("http://localhost:8080");
        assertThat(claims.get("aud").asText()).isEqualTo("assistant-api");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
        assertThat(claims.get("jti").asText()).isNotBlank();
        assertThat(claims.get("roles").toString()).isEqualTo("[\"user\"]");
    }

    @Test
    void an_email_registered_twice_whatever_its_case_is_a_conflict() {
        String email = uniqueEmail();
        api.postJson("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "Sam"));

        ApiClient.Reply again = api.postJson("/api/v1/auth/register",
                Map.of("email", email.toUpperCase(), "password", "another long passphrase", "displayName", "Sam"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).endsWith("/email-already-registered");
    }

    @Test
    void a_weak_password_is_refused_with_the_reason_under_the_password_field_and_nothing_is_stored() {
        String email = uniqueEmail();

        ApiClient.Reply refused = api.postJson("/api/v1/auth/register",
                Map.of("email", email, "password", "too short", "displayName", "Sam"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
        assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("12 characters");
        assertThat(api.postJson("/api/v1/auth/login", Map.of("email", email, "password", "too short")).status())
                .isEqualTo(401);
    }

    @Test
    void missing_and_malformed_fields_are_all_reported_in_one_422() {
        ApiClient.Reply refused = api.postJson("/api/v1/auth/register", Map.of("email", "not-an-email"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactly("email", "password", "displayName");
        assertThat(api.postJson("/api/v1/auth/register", "").status()).isEqualTo(422);
        assertThat(api.postJson("/api/v1/auth/login", "{}").status()).isEqualTo(422);
    }

    @Test
    void registration_takes_the_browser_s_language_and_time_zone_and_the_profile_shows_them() {
        String email = uniqueEmail();

        ApiClient.Reply registered = api.postJson("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD,
                "displayName", "Camille", "locale", "fr", "timezone", "Europe/Paris"));

        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().get("locale").asText()).isEqualTo("fr");
        assertThat(registered.json().get("timezone").asText()).isEqualTo("Europe/Paris");
        String token = api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD))
                .json().get("accessToken").asText();
        JsonNode me = api.getWithToken("/api/v1/users/me", token).json();
        assertThat(me.get("locale").asText()).isEqualTo("fr");
        assertThat(me.get("timezone").asText()).isEqualTo("Europe/Paris");
    }

    @Test
    void an_unknown_language_or_time_zone_is_a_422_naming_the_field_and_no_account_is_made() {
        String email = uniqueEmail();

        ApiClient.Reply refused = api.postJson("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD,
                "displayName", "Sam", "locale", "de", "timezone", "Mars/Olympus"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).endsWith("/validation-failed");
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("timezone", "locale");
        ApiClient.Reply fixedOffset = api.postJson("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD,
                "displayName", "Sam", "timezone", "+02:00"));
        assertThat(fixedOffset.status()).isEqualTo(422);
        assertThat(fixedOffset.json().get("errors").findValuesAsText("field")).containsExactly("timezone");
        assertThat(api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD)).status())
                .as("nothing was created").isEqualTo(401);
        ApiClient.Reply plain = api.postJson("/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "displayName", "Sam"));
        assertThat(plain.status()).isEqualTo(201);
        assertThat(plain.json().get("locale").asText()).isEqualTo("en");
        assertThat(plain.json().get("timezone").asText()).isEqualTo("UTC");
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_401() {
        String email = uniqueEmail();
        api.postJson("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "Sam"));

        ApiClient.Reply wrongPassword = api.postJson("/api/v1/auth/login",
                Map.of("email", email, "password", "not the right passphrase"));
        ApiClient.Reply unknownEmail = api.postJson("/api/v1/auth/login",
                Map.of("email", uniqueEmail(), "password", PASSWORD));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("type")).isEqualTo(unknownEmail.json().get("type"));
        assertThat(wrongPassword.json().get("detail")).isEqualTo(unknownEmail.json().get("detail"));
    }

    @Test
    void me_without_a_valid_bearer_token_is_401_with_www_authenticate() throws Exception {
        String token = api.registerAndLogIn(uniqueEmail(), PASSWORD, "Sam");
        String[] parts = token.split("\\.");
        String unsigned = parts[0].replace(parts[0], b64("{\"alg\":\"none\",\"typ\":\"JWT\"}")) + "." + parts[1] + ".";
        String hmac = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + decode(parts[0]).get("kid").asText() + "\"}")
                + "." + parts[1] + "." + b64("forged-signature");
        String tampered = parts[0] + "." + b64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"user\"", "\"administrator\"")) + "." + parts[2];

        assertUnauthenticated(api.get("/api/v1/users/me"));
        for (String bad : new String[] {"garbage", unsigned, hmac, tampered, token + "x"}) {
            assertUnauthenticated(api.getWithToken("/api/v1/users/me", bad));
        }
        assertUnauthenticated(api.send(api.request("/api/v1/users/me").header("Authorization", "Basic " + token).GET()));
    }

    @Test
    void an_expired_token_and_a_token_of_an_unknown_key_are_refused() throws Exception {
        String email = uniqueEmail();
        String token = api.registerAndLogIn(email, PASSWORD, "Sam");
        JsonNode claims = decode(token.split("\\.")[1]);
        com.nimbusds.jose.jwk.ECKey storedKey = storedSigningKey();
        java.time.Instant longAgo = java.time.Instant.now().minus(java.time.Duration.ofHours(2));
        com.nimbusds.jwt.JWTClaimsSet expired = new com.nimbusds.jwt.JWTClaimsSet.Builder(
                com.nimbusds.jwt.JWTClaimsSet.parse(claims.toString()))
                .issueTime(java.util.Date.from(longAgo))
                .expirationTime(java.util.Date.from(longAgo.plus(java.time.Duration.ofMinutes(15))))
                .build();
        com.nimbusds.jose.jwk.ECKey stranger = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256)
                .keyID("unknown-key").generate();

        assertThat(api.getWithToken("/api/v1/users/me", sign(storedKey,
                com.nimbusds.jwt.JWTClaimsSet.parse(claims.toString()))).status())
                .as("a token signed here with the stored key is accepted: the check below is not vacuous").isEqualTo(200);
        assertUnauthenticated(api.getWithToken("/api/v1/users/me", sign(storedKey, expired)));
        assertUnauthenticated(api.getWithToken("/api/v1/users/me",
                sign(stranger, com.nimbusds.jwt.JWTClaimsSet.parse(claims.toString()))));
    }

    private static String sign(com.nimbusds.jose.jwk.ECKey key, com.nimbusds.jwt.JWTClaimsSet claims) throws Exception {
        com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(
                new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
                claims);
        jwt.sign(new com.nimbusds.jose.crypto.ECDSASigner(key));
        return jwt.serialize();
    }

    /** The newest signing key, read from PostgreSQL and decrypted with the (development) key-encryption key. */
    private static com.nimbusds.jose.jwk.ECKey storedSigningKey() throws Exception {
        var configuration = APP.getConfiguration();
        try (var database = org.tdah.assistant.bootstrap.config.Databases.connect(configuration.database)) {
            var stored = new org.tdah.assistant.adapters.persistence.identity.JdbiSigningKeys(database,
                    org.tdah.assistant.bootstrap.config.Adapters.cipher(configuration)).newestFirst().get(0);
            var factory = java.security.KeyFactory.getInstance("EC");
            var publicKey = (ECPublicKey) factory.generatePublic(new java.security.spec.X509EncodedKeySpec(stored.publicKey()));
            var privateKey = factory.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(stored.privateKey()));
            return new com.nimbusds.jose.jwk.ECKey.Builder(com.nimbusds.jose.jwk.Curve.P_256, publicKey)
                    .privateKey(privateKey).keyID(stored.keyId()).build();
        }
    }

    private static void assertUnauthenticated(ApiClient.Reply reply) {
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    private static JsonNode decode(String part) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(Base64.getUrlDecoder().decode(part));
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ECPublicKey publicKey(JsonNode jwk) throws Exception {
        assertThat(jwk.get("kty").asText()).isEqualTo("EC");
        assertThat(jwk.get("crv").asText()).isEqualTo("P-256");
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPoint point = new ECPoint(
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("x").asText())),
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("y").asText())));
        return (ECPublicKey) KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(point, parameters.getParameterSpec(ECParameterSpec.class)));
    }
}
