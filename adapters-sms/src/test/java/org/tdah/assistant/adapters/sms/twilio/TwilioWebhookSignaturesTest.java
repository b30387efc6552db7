package org.tdah.assistant.adapters.sms.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tdah.assistant.adapters.sms.emulator.EmulatorSigning;

/** {@link TwilioWebhookSignatures} against the signatures the Twilio API emulator puts on its webhook calls. */
class TwilioWebhookSignaturesTest {
    private static final String AUTH_TOKEN = "emulator-auth-token-4f2a";
    private static final String URL = "https://assistant.example.org:8443/sms/inbound?tenant=7";
    private static final Map<String, String> PARAMS = params();

    private final TwilioWebhookSignatures signatures = new TwilioWebhookSignatures(AUTH_TOKEN);
    private final String genuine = EmulatorSigning.signature(AUTH_TOKEN, URL, PARAMS);

    @Test
    void a_genuine_signature_of_the_url_and_parameters_is_authentic() {
        assertThat(signatures.authentic(URL, PARAMS, genuine)).isTrue();
    }

    @Test
    void the_order_of_the_parameters_does_not_matter() {
        Map<String, String> reversed = new LinkedHashMap<>();
        PARAMS.keySet().stream().sorted((a, b) -> b.compareTo(a)).forEach(name -> reversed.put(name, PARAMS.get(name)));

        assertThat(signatures.authentic(URL, reversed, genuine)).isTrue();
    }

    @Test
    void a_changed_parameter_value_is_not_authentic() {
        Map<String, String> tampered = new HashMap<>(PARAMS);
        tampered.put("Body", "STOP");

        assertThat(signatures.authentic(URL, tampered, genuine)).isFalse();
    }

    @Test
    void an_added_parameter_is_not_authentic() {
        Map<String, String> added = new HashMap<>(PARAMS);
        added.put("NumMedia", "1");

        assertThat(signatures.authentic(URL, added, genuine)).isFalse();
    }

    @Test
    void a_removed_parameter_is_not_authentic() {
        Map<String, String> removed = new HashMap<>(PARAMS);
        removed.remove("From");

        assertThat(signatures.authentic(URL, removed, genuine)).isFalse();
    }

    @ParameterizedTest(name = "signed for " + URL + ", called as {0}")
    @ValueSource(strings = {
            "http://assistant.example.org:8443/sms/inbound?tenant=7",
            "https://assistant.example.org:8444/sms/inbound?tenant=7",
            "https://assistant.example.org:8443/sms/inbound?tenant=8",
            "https://assistant.example.org:8443/sms/inbound",
            "https://assistant.example.org:8443/sms/status?tenant=7",
            "https://other.example.org:8443/sms/inbound?tenant=7"})
    void a_signature_for_another_url_is_not_authentic(String otherUrl) {
        assertThat(signatures.authentic(otherUrl, PARAMS, genuine)).isFalse();
    }

    @Test
    void a_signature_made_with_another_token_is_not_authentic() {
        String forged = EmulatorSigning.signature("another-auth-token", URL, PARAMS);

        assertThat(signatures.authentic(URL, PARAMS, forged)).isFalse();
    }

    @Test
    void a_url_signed_without_its_default_port_is_authentic_with_it_as_twilio_signs_either() {
        String url = "https://assistant.example.org/sms/inbound";
        String signature = EmulatorSigning.signature(AUTH_TOKEN, url, PARAMS);

        assertThat(signatures.authentic("https://assistant.example.org:443/sms/inbound", PARAMS, signature)).isTrue();
    }

    @ParameterizedTest(name = "the signature \"{0}\" is not authentic")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "not base64 at all", "c2lnbmF0dXJl"})
    void a_missing_blank_or_malformed_signature_is_not_authentic_and_does_not_throw(String signature) {
        assertThat(signatures.authentic(URL, PARAMS, signature)).isFalse();
    }

    @Test
    void a_missing_or_malformed_url_or_missing_parameters_are_not_authentic_and_do_not_throw() {
        assertThat(signatures.authentic(null, PARAMS, genuine)).isFalse();
        assertThat(signatures.authentic("", PARAMS, genuine)).isFalse();
        assertThat(signatures.authentic("http://exa mple.org/%zz", PARAMS, genuine)).isFalse();
        assertThat(signatures.authentic(URL, null, genuine)).isFalse();
    }

    @Test
    void the_auth_token_is_required() {
        assertThatThrownBy(() -> new TwilioWebhookSignatures(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TwilioWebhookSignatures(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        params.put("Body", "remind me to call mum at 6 ✅");
        params.put("From", "+33612345678");
        params.put("MessageSid", "SM0123456789abcdef0123456789abcdef");
        params.put("NumMedia", "0");
        params.put("To", "+14155550100");
        return params;
    }
}
