package org.tdah.assistant.adapters.rest.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsrfCheckTest {
    private final CsrfCheck check = new CsrfCheck("https://assistant.example.org");

    @Test
    void a_request_from_the_app_with_the_header_goes_through() {
        assertThat(check.refusal("cookie", "same-origin", "https://assistant.example.org")).isEmpty();
        assertThat(check.refusal("Cookie", null, "https://ASSISTANT.example.org:443")).isEmpty();
    }

    @Test
    void a_client_that_is_no_browser_needs_only_the_header() {
        assertThat(check.refusal("cookie", null, null)).isEmpty();
    }

    @Test
    void without_the_header_the_cookie_is_not_taken_whatever_else_the_request_says() {
        assertThat(check.refusal(null, "same-origin", "https://assistant.example.org")).isPresent();
        assertThat(check.refusal("body", null, null)).isPresent();
        assertThat(check.refusal("cookies", null, null)).isPresent();
    }

    @Test
    void a_browser_that_says_the_request_is_not_same_origin_is_refused() {
        assertThat(check.refusal("cookie", "cross-site", null)).isPresent();
        assertThat(check.refusal("cookie", "same-site", null)).isPresent();
        assertThat(check.refusal("cookie", "none", null)).isPresent();
    }

    @Test
    void fetch_metadata_wins_over_the_origin_that_a_development_proxy_leaves() {
        assertThat(check.refusal("cookie", "same-origin", "http://localhost:5173")).isEmpty();
        assertThat(check.refusal("cookie", "cross-site", "https://assistant.example.org")).isPresent();
    }

    @Test
    void without_fetch_metadata_a_foreign_or_opaque_origin_is_refused() {
        assertThat(check.refusal("cookie", null, "https://evil.example")).isPresent();
        assertThat(check.refusal("cookie", null, "https://assistant.example.org.evil.example")).isPresent();
        assertThat(check.refusal("cookie", null, "http://assistant.example.org")).isPresent();
        assertThat(check.refusal("cookie", null, "https://assistant.example.org:8443")).isPresent();
        assertThat(check.refusal("cookie", null, "null")).isPresent();
        assertThat(check.refusal("cookie", null, "not a url")).isPresent();
    }

    @Test
    void the_origin_of_the_public_base_url_drops_the_path_and_the_default_port() {
        assertThat(CsrfCheck.originOf("http://localhost:8080/")).contains("http://localhost:8080");
        assertThat(CsrfCheck.originOf("HTTPS://Example.org:443/app")).contains("https://example.org");
        assertThat(CsrfCheck.originOf("ftp://example.org")).isEmpty();
        assertThatThrownBy(() -> new CsrfCheck("localhost")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_transport_header_names_cookie_or_body_and_nothing_else() {
        assertThat(TokenTransport.of(null)).contains(TokenTransport.BODY);
        assertThat(TokenTransport.of(" ")).contains(TokenTransport.BODY);
        assertThat(TokenTransport.of("body")).contains(TokenTransport.BODY);
        assertThat(TokenTransport.of(" COOKIE ")).contains(TokenTransport.COOKIE);
        assertThat(TokenTransport.of("header")).isEmpty();
    }
}
