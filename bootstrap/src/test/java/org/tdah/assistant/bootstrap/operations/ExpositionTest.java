package org.tdah.assistant.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpositionTest {
    private static final String SCRAPE = """
            # HELP assistant_logins_total Login attempts
            # TYPE assistant_logins_total counter
            assistant_logins_total{outcome="success"} 2.0
            # TYPE assistant_http_requests_seconds histogram
            assistant_http_requests_seconds_bucket{le="+Inf",method="GET",route="/api/v1/tasks",status="200"} 1
            assistant_http_requests_seconds_count{method="GET",route="/api/v1/tasks",status="200"} 1
            # TYPE assistant_sessions_active gauge
            assistant_sessions_active 3
            """;

    @Test
    void sample_names_are_read_with_and_without_labels_and_comments_are_not_samples() {
        assertThat(Exposition.parse(SCRAPE).sampleNames()).containsExactly("assistant_http_requests_seconds_bucket",
                "assistant_http_requests_seconds_count", "assistant_logins_total", "assistant_sessions_active");
    }

    @Test
    void a_counter_family_is_typed_whether_its_type_line_has_the_total_suffix_or_not() {
        Exposition exposition = Exposition.parse(SCRAPE);
        assertThat(exposition.typeOf("assistant_logins", "counter")).isEqualTo("counter");
        assertThat(exposition.typeOf("assistant_http_requests_seconds", "histogram")).isEqualTo("histogram");
        assertThat(exposition.typeOf("assistant_sessions_active", "counter")).isEqualTo("gauge");
        assertThat(exposition.typeOf("assistant_nags", "counter")).isEqualTo("absent");
    }
}
