package org.tdah.assistant.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.domain.identity.TotpPolicy;
import org.tdah.assistant.testkit.identity.ReferenceTotp;

/**
 * Two-step login over HTTP as a person with an authenticator app lives it: enrolment from the QR
 * image alone (decoded here, the code computed with an independent RFC 6238 implementation), login
 * in two steps, replay refused, backup codes used once, and the recent authentication that turning
 * it off needs, on a clock the test moves.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TwoStepLoginIT {
    private static final MailSink MAIL = MailSink.start();
    private static final DropwizardAppExtension<AssistantConfiguration> APP = TestApplication.onTestServersWithMovableClock(MAIL);
    private static final String PASSWORD = "purple elephants dance quietly";

    private final ApiClient api = TestApplication.api(APP);
    private String email;
    private String secretFromQr;
    private List<String> backupCodes;

    private String code() {
        return ReferenceTotp.code(secretFromQr, TotpPolicy.stepAt(ClockedAssistantApplication.CLOCK.instant()));
    }

    private static void advance(Duration duration) {
        ClockedAssistantApplication.CLOCK.advance(duration);
    }

    private ApiClient.Reply post(String path, String token, Object body) {
        HttpRequest.Builder request = api.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        return api.send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    private static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body == null ? Map.of() : body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode logIn() {
        ApiClient.Reply reply = api.postJson("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @BeforeEach
    void enrolTheAuthenticatorFromTheQrCodeAlone() throws Exception {
        email = "totp-" + UUID.randomUUID() + "@example.org";
        api.postJson("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "displayName", "Sam"));
        String token = logIn().get("accessToken").asText();

        ApiClient.Reply setup = post("/api/v1/mfa/totp/setup", token, null);
        assertThat(setup.status()).isEqualTo(200);
        assertThat(setup.header("Cache-Control")).isEqualTo("no-store");
        HttpResponse<byte[]> qr = java.net.http.HttpClient.newHttpClient().send(api.request("/api/v1/mfa/totp/qr.png")
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.headers().firstValue("Content-Type")).contains("image/png");

        BinaryBitmap image = new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(qr.body())))));
        // The PNG is a pure, computer-drawn code: zxing's pure-barcode reading decodes every one, where
        // its camera-photo search (finder patterns) misses about 3 in 100 such perfect images.
        String scanned = new MultiFormatReader().decode(image, Map.of(
                DecodeHintType.PURE_BARCODE, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)))
                .getText();
        URI otpauth = URI.create(scanned);
        Map<String, String> parameters = Arrays.stream(otpauth.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        assertThat(otpauth.getScheme()).isEqualTo("otpauth");
        assertThat(otpauth.getHost()).isEqualTo("totp");
        assertThat(URLDecoder.decode(otpauth.getRawPath(), StandardCharsets.UTF_8)).isEqualTo("/TDAH Assistant:" + email);
        assertThat(parameters).containsEntry("issuer", "TDAH Assistant").containsEntry("digits", "6")
                .containsEntry("period", "30").containsEntry("algorithm", "SHA1");
        secretFromQr = parameters.get("secret");
        assertThat(ReferenceTotp.decodeBase32(secretFromQr)).as("160-bit secret").hasSize(20);

        assertThat(post("/api/v1/mfa/totp/confirm", token, Map.of("code", "000000")).status()).isIn(422, 200);
        advance(Duration.ofSeconds(30));
        ApiClient.Reply confirmed = post("/api/v1/mfa/totp/confirm", token, Map.of("code", code()));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        backupCodes = new com.fasterxml.jackson.databind.ObjectMapper().convertValue(confirmed.json().get("backupCodes"),
                new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {});
        assertThat(backupCodes).hasSize(10);
        assertThat(api.getWithToken("/api/v1/users/me", token).json().get("mfa").get("totpEnabled").asBoolean()).isTrue();
        advance(Duration.ofSeconds(30));
    }

    @Test
    void login_takes_a_second_step_with_the_apps_code_and_a_replayed_code_is_refused() {
        JsonNode first = logIn();
        assertThat(first.get("mfaRequired").asBoolean()).isTrue();
        assertThat(first.has("accessToken")).isFalse();
        assertThat(first.get("methods").toString()).isEqualTo("[\"totp\",\"backup_code\"]");

        String code = code();
        ApiClient.Reply verified = post("/api/v1/auth/mfa/verify", null,
                Map.of("mfaToken", first.get("mfaToken").asText(), "method", "totp", "code", code));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(api.getWithToken("/api/v1/users/me", verified.json().get("accessToken").asText()).status()).isEqualTo(200);

        ApiClient.Reply replayed = post("/api/v1/auth/mfa/verify", null,
                Map.of("mfaToken", logIn().get("mfaToken").asText(), "method", "totp", "code", code));
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.json().get("type").asText()).endsWith("/invalid-mfa-code");
        ApiClient.Reply reusedToken = post("/api/v1/auth/mfa/verify", null,
                Map.of("mfaToken", first.get("mfaToken").asText(), "method", "backup_code", "code", backupCodes.get(0)));
        assertThat(reusedToken.json().get("type").asText()).endsWith("/invalid-mfa-token");
    }

    @Test
    void a_backup_code_logs_in_once() {
        ApiClient.Reply used = post("/api/v1/auth/mfa/verify", null,
                Map.of("mfaToken", logIn().get("mfaToken").asText(), "method", "backup_code", "code", backupCodes.get(4)));
        assertThat(used.status()).isEqualTo(200);
        String token = used.json().get("accessToken").asText();
        assertThat(api.getWithToken("/api/v1/users/me", token).json().get("mfa").get("backupCodesRemaining").asInt()).isEqualTo(9);

        ApiClient.Reply again = post("/api/v1/auth/mfa/verify", null,
                Map.of("mfaToken", logIn().get("mfaToken").asText(), "method", "backup_code", "code", backupCodes.get(4)));
        assertThat(again.status()).isEqualTo(401);
    }

    @Test
    void turning_it_off_needs_a_login_from_the_last_five_minutes() {
        String token = post("/api/v1/auth/mfa/verify", null,
                Map.of("mfaToken", logIn().get("mfaToken").asText(), "method", "totp", "code", code())).json()
                .get("accessToken").asText();
        advance(Duration.ofMinutes(6));

        ApiClient.Reply stale = api.send(api.request("/api/v1/mfa/totp").header("Authorization", "Bearer " + token).DELETE());
        assertThat(stale.status()).isEqualTo(403);
        assertThat(stale.json().get("type").asText()).endsWith("/reauthentication-required");
        assertThat(stale.json().get("detail").asText()).contains("/api/v1/auth/reauthenticate");
        assertThat(post("/api/v1/mfa/backup-codes", token, null).status()).isEqualTo(403);

        assertThat(post("/api/v1/auth/reauthenticate", token, Map.of("password", "not my password")).status()).isEqualTo(401);
        advance(Duration.ofSeconds(2));
        assertThat(post("/api/v1/auth/reauthenticate", token, Map.of("method", "totp", "code", code())).status()).isEqualTo(204);

        assertThat(api.send(api.request("/api/v1/mfa/totp").header("Authorization", "Bearer " + token).DELETE()).status())
                .isEqualTo(204);
        assertThat(logIn().has("accessToken")).as("the password alone logs in again").isTrue();
        Mailboxes.awaitEmail(MAIL, email, "Two-step login is off", 1);
    }

    @Test
    void new_backup_codes_void_the_old_ones() {
        String token = post("/api/v1/auth/mfa/verify", null,
                Map.of("mfaToken", logIn().get("mfaToken").asText(), "method", "totp", "code", code())).json()
                .get("accessToken").asText();

        ApiClient.Reply regenerated = post("/api/v1/mfa/backup-codes", token, null);
        assertThat(regenerated.status()).isEqualTo(200);
        String fresh = regenerated.json().get("backupCodes").get(0).asText();

        assertThat(post("/api/v1/auth/mfa/verify", null, Map.of("mfaToken", logIn().get("mfaToken").asText(),
                "method", "backup_code", "code", backupCodes.get(0))).status()).isEqualTo(401);
        advance(Duration.ofSeconds(2));
        assertThat(post("/api/v1/auth/mfa/verify", null, Map.of("mfaToken", logIn().get("mfaToken").asText(),
                "method", "backup_code", "code", fresh)).status()).isEqualTo(200);
    }

    @Test
    void an_mfa_token_expires_after_five_minutes() {
        String mfaToken = logIn().get("mfaToken").asText();
        advance(Duration.ofMinutes(5));

        ApiClient.Reply late = post("/api/v1/auth/mfa/verify", null, Map.of("mfaToken", mfaToken, "method", "totp", "code", code()));

        assertThat(late.status()).isEqualTo(401);
        assertThat(late.json().get("type").asText()).endsWith("/invalid-mfa-token");
    }

    @AfterAll
    static void stopMail() {
        MAIL.close();
    }
}
