package org.tdah.assistant.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void the_policy_allows_scripts_only_from_the_origin_and_never_inline() {
        for (String path : new String[] {"/", "/api/v1/users/me", "/api/docs/", "/api/docs", "/api/docs/index.html"}) {
            String script = directive(SecurityHeadersFilter.policyFor(path), "script-src");
            assertThat(script).as(path).isEqualTo("script-src 'self'");
        }
    }

    @Test
    void only_swagger_ui_may_use_inline_styles() {
        assertThat(directive(SecurityHeadersFilter.policyFor("/api/docs/"), "style-src")).isEqualTo("style-src 'self' 'unsafe-inline'");
        assertThat(directive(SecurityHeadersFilter.policyFor("/api/docs"), "style-src")).contains("'unsafe-inline'");
        assertThat(directive(SecurityHeadersFilter.policyFor("/"), "style-src")).isEqualTo("style-src 'self'");
        assertThat(directive(SecurityHeadersFilter.policyFor("/api/docsx"), "style-src")).isEqualTo("style-src 'self'");
        assertThat(directive(SecurityHeadersFilter.policyFor("/api/v1/openapi.json"), "style-src")).isEqualTo("style-src 'self'");
    }

    @Test
    void no_page_may_be_framed_carry_plugins_or_move_its_base() {
        String policy = SecurityHeadersFilter.policyFor("/");
        assertThat(policy).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                "default-src 'self'", "connect-src 'self'");
        assertThat(policy).doesNotContain("unsafe-eval", "*");
    }

    private static String directive(String policy, String name) {
        return Arrays.stream(policy.split(";")).map(String::trim).filter(d -> d.startsWith(name + " ")).findFirst()
                .orElseThrow();
    }
}
