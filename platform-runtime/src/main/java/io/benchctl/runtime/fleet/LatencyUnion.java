package io.benchctl.runtime.fleet;

import io.benchctl.runtime.baseline.Histograms;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Fleet latency percentiles from the union of every host's observations: the hosts' histograms
 * are added and the percentiles read from the sum. Averaging the hosts' percentiles would be
 * wrong: a p99 of p99s is no percentile of anything.
 */
final class LatencyUnion {

    private LatencyUnion() {}

    /** Null when no host carries a histogram. */
    static FleetReport.Latency of(List<String> encodedHistograms) {
        Histogram union = null;
        for (String encoded : encodedHistograms) {
            Histogram one = Histograms.decode(encoded);
            if (union == null) {
                union = new Histogram(one.getNumberOfSignificantValueDigits());
                union.setAutoResize(true);
            }
            union.add(one);
        }
        if (union == null || union.getTotalCount() == 0) {
            return null;
        }
        return new FleetReport.Latency(
                union.getTotalCount(),
                union.getValueAtPercentile(50),
                union.getValueAtPercentile(90),
                union.getValueAtPercentile(99),
                union.getValueAtPercentile(99.9));
    }
}
