package org.tdah.assistant.adapters.metrics;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;

/** Reads one value out of a registry as a scrape would see it (histograms: their count, or their sum). */
final class Scraped {
    private Scraped() {}

    /** The value of the series {@code name} (without {@code _total}) with exactly these label pairs; 0 when absent. */
    static double value(AssistantMetrics metrics, String name, String... labelPairs) {
        return find(metrics, name, false, labelPairs);
    }

    static double sum(AssistantMetrics metrics, String name, String... labelPairs) {
        return find(metrics, name, true, labelPairs);
    }

    /** Whether the series exists at all (initialised, or moved). */
    static boolean exists(AssistantMetrics metrics, String name, String... labelPairs) {
        return point(metrics, name, labelPairs) != null;
    }

    private static double find(AssistantMetrics metrics, String name, boolean sum, String... labelPairs) {
        DataPointSnapshot point = point(metrics, name, labelPairs);
        if (point instanceof CounterSnapshot.CounterDataPointSnapshot counter) {
            return counter.getValue();
        }
        if (point instanceof GaugeSnapshot.GaugeDataPointSnapshot gauge) {
            return gauge.getValue();
        }
        if (point instanceof HistogramSnapshot.HistogramDataPointSnapshot histogram) {
            return sum ? histogram.getSum() : histogram.getCount();
        }
        return 0;
    }

    private static DataPointSnapshot point(AssistantMetrics metrics, String name, String... labelPairs) {
        Labels wanted = Labels.of(labelPairs);
        for (MetricSnapshot snapshot : metrics.registry().scrape()) {
            if (snapshot.getMetadata().getName().equals(name)) {
                for (DataPointSnapshot point : snapshot.getDataPoints()) {
                    if (point.getLabels().equals(wanted)) {
                        return point;
                    }
                }
            }
        }
        return null;
    }
}
