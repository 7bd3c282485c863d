package io.benchctl.api.result;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Summary statistics of a metric. For per-iteration metrics they are over the iteration samples;
 * for latencies the percentiles come from the histogram of all observations.
 *
 * @param n number of observations (iterations, or latency observations)
 * @param cv coefficient of variation, stddev / mean (0 when the mean is 0)
 * @param ciLow lower bound of the 95% confidence interval of the median
 * @param ciHigh upper bound of the 95% confidence interval of the median
 */
@API(status = STABLE, since = "1.0")
public record Stats(
        long n,
        double mean,
        double stddev,
        double cv,
        double min,
        double p50,
        double p90,
        double p95,
        double p99,
        double p999,
        double max,
        double ciLow,
        double ciHigh) {}
