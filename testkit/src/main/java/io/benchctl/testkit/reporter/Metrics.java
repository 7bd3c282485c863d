package io.benchctl.testkit.reporter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.Better;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.Stats;
import java.util.Arrays;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.apiguardian.api.API;

/** Builds metric results with statistics computed from their samples, as the runtime would. */
@API(status = EXPERIMENTAL, since = "1.0")
public final class Metrics {

    private Metrics() {}

    /** A per-iteration metric; the 95% CI of the median of five samples is [min, max]. */
    public static MetricResult perIteration(
            String name, String unit, Better better, Integer thread, double... samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double mean = Arrays.stream(sorted).average().orElse(0);
        double variance =
                Arrays.stream(sorted).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, n - 1);
        double stddev = Math.sqrt(variance);
        double median = percentile(sorted, 50);
        Stats stats = new Stats(
                n,
                mean,
                stddev,
                mean == 0 ? 0 : stddev / mean,
                sorted[0],
                median,
                percentile(sorted, 90),
                percentile(sorted, 95),
                percentile(sorted, 99),
                percentile(sorted, 99.9),
                sorted[n - 1],
                sorted[0],
                sorted[n - 1]);
        double best = better == Better.HIGHER ? sorted[n - 1] : sorted[0];
        List<Double> ordered = Arrays.stream(samples).boxed().toList();
        return new MetricResult(name, unit, better, thread, median, best, ordered, stats, null);
    }

    /** A latency metric in ns: percentiles from the histogram, CI of the median by rank. */
    public static MetricResult latency(String name, Histogram histogram, List<Double> iterationMedians) {
        long n = histogram.getTotalCount();
        double rankSpread = 1.96 * Math.sqrt(n) / 2 / n * 100;
        double mean = histogram.getMean();
        double stddev = histogram.getStdDeviation();
        Stats stats = new Stats(
                n,
                mean,
                stddev,
                stddev / mean,
                histogram.getMinValue(),
                at(histogram, 50),
                at(histogram, 90),
                at(histogram, 95),
                at(histogram, 99),
                at(histogram, 99.9),
                histogram.getMaxValue(),
                at(histogram, 50 - rankSpread),
                at(histogram, 50 + rankSpread));
        return new MetricResult(
                name,
                "ns",
                Better.LOWER,
                null,
                at(histogram, 50),
                histogram.getMinValue(),
                iterationMedians,
                stats,
                Latencies.encode(histogram));
    }

    private static double at(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile);
    }

    private static double percentile(double[] sorted, double percentile) {
        double rank = percentile / 100 * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
