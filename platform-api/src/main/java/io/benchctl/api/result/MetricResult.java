package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.STABLE;

import io.benchctl.api.Better;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One metric of one workload.
 *
 * @param thread the measurement thread, or null for the aggregate
 * @param value the headline: the median across measured iterations (for latencies, the p50)
 * @param best the best iteration in the metric's direction (STREAM reports this one)
 * @param samples one value per measured iteration, in order
 * @param histogram for latencies: the HdrHistogram, compressed and base64-encoded; else null
 */
@API(status = STABLE, since = "1.0")
public record MetricResult(
        String name,
        String unit,
        Better better,
        Integer thread,
        double value,
        double best,
        List<Double> samples,
        Stats stats,
        String histogram) {}
