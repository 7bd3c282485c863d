package io.benchctl.runtime.fleet;

import io.benchctl.runtime.baseline.BadInputException;
import io.benchctl.runtime.baseline.Histograms;
import java.nio.file.Path;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Fleet latency percentiles from the union of every host's observations: the hosts' histograms
 * are added and the percentiles read from the sum. Averaging the hosts' percentiles would be
 * wrong: a p99 of p99s is no percentile of anything.
 */
final class LatencyUnion {

    private LatencyUnion() {}

    /**
     * Null when no host carries a histogram.
     *
     * @param files the result file of each histogram, named when one cannot be read
     * @throws BadInputException naming the file and metric of a histogram that is not one
     */
    static FleetReport.Latency of(List<String> encodedHistograms, List<Path> files, String metricKey)
            throws BadInputException {
        Histogram union = null;
        for (int i = 0; i < encodedHistograms.size(); i++) {
            Histogram one;
            try {
                one = Histograms.decode(encodedHistograms.get(i));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(files.get(i) + ": metric " + metricKey + ": " + e.getMessage(), e);
            }
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
