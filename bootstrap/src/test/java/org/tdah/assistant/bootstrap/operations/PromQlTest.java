package org.tdah.assistant.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void a_plain_selector_names_its_metric_and_not_its_label_names_or_values() {
        assertThat(PromQl.metricNames("assistant_health{check=\"database\", instance=~\"api.*\"} == 0"))
                .containsExactly("assistant_health");
    }

    @Test
    void functions_and_aggregations_are_not_metrics_and_their_by_labels_are_not_either() {
        assertThat(PromQl.metricNames("histogram_quantile(0.99, sum by (route, le) "
                + "(rate(assistant_http_requests_seconds_bucket{route!=\"/api/v1/events\"}[5m])))"))
                .containsExactly("assistant_http_requests_seconds_bucket");
        assertThat(PromQl.metricNames("sum(rate(a_total[5m])) without (instance, process)"))
                .containsExactly("a_total");
        assertThat(PromQl.metricNames("MAX BY (task) (assistant_jobs_due)")).containsExactly("assistant_jobs_due");
    }

    @Test
    void both_sides_of_a_binary_operation_and_vector_matching_labels() {
        assertThat(PromQl.metricNames("(sum(rate(x_total{status=~\"5..\"}[5m])) or vector(0)) / on (job) group_left (version) "
                + "y_info and z > bool 3 unless w offset 1h"))
                .containsExactly("x_total", "y_info", "z", "w");
    }

    @Test
    void strings_comments_numbers_and_durations_name_nothing() {
        assertThat(PromQl.metricNames("label_replace(up, \"dst\", \"$1 by x\", 'src', `(.*)`) # not_a_metric here\n"
                + " * 1e-3 + 0x1f - 1h30m + inf - NaN")).containsExactly("up");
        assertThat(PromQl.metricNames("max_over_time(a[10m:1m] @ start())")).containsExactly("a");
    }

    @Test
    void a_selector_by_name_names_that_metric() {
        assertThat(PromQl.metricNames("{__name__=\"assistant_sms_total\", direction=\"outbound\"}"))
                .containsExactly("assistant_sms_total");
    }

    @Test
    void a_label_value_with_braces_or_quotes_inside_does_not_end_the_matcher() {
        assertThat(PromQl.metricNames("a{route=\"/api/v1/tasks/{id}\", x=\"q\\\"}\"} + b"))
                .containsExactly("a", "b");
    }

    @Test
    void an_unterminated_string_is_an_error_not_a_silent_pass() {
        assertThatThrownBy(() -> PromQl.metricNames("a{x=\"open}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_type_is_exported_under_its_own_suffixes_only() {
        ExportedMetrics list = new ExportedMetrics(Map.of("c", "counter", "h", "histogram", "s", "summary", "g", "gauge"));

        assertThat(list.sampleNames()).containsExactlyInAnyOrder("c_total", "h_bucket", "h_sum", "h_count", "s", "s_sum",
                "s_count", "g");
        assertThat(ExportedMetrics.missing(Set.of("c", "h", "g_total", "s_bucket", "up", "c_total", "h_bucket"),
                list.sampleNames())).containsExactly("c", "g_total", "h", "s_bucket");
    }
}
