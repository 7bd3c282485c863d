package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.Better;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One metric as a baseline (or one run) holds it.
 *
 * @param test the workload id, {@code module/variant}
 * @param thread the measurement thread, or null for the aggregate
 * @param samples one value per measured iteration, oldest run first, over all runs kept
 * @param runMedians the median of each kept run's samples, oldest first
 * @param histogram the kept runs' latency histograms merged (HdrHistogram, compressed, base64),
 *     or null for a metric without one
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BaselineMetric(
        String test,
        String name,
        Integer thread,
        String unit,
        Better better,
        List<Double> samples,
        List<Double> runMedians,
        String histogram) {

    /** The key a metric is known by in baselines, comparisons and threshold patterns. */
    public static String key(String testId, String name, Integer thread) {
        return testId + ":" + name + (thread == null ? "" : "[thread " + thread + "]");
    }

    public String key() {
        return key(test, name, thread);
    }

    double[] sampleArray() {
        return samples.stream().mapToDouble(Double::doubleValue).toArray();
    }

    double[] runMedianArray() {
        return runMedians.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
