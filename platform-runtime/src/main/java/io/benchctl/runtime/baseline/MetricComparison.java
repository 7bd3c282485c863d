package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.Better;
import org.apiguardian.api.API;

/**
 * One metric compared. Figures that could not be computed are null.
 *
 * @param deltaPercent change of the median, current against baseline, in percent of the baseline
 * @param improvementPercent the same, signed by direction: positive is better, negative worse
 * @param ciLowPercent lower bound of the bootstrap 95 % CI of {@code deltaPercent}
 * @param ciHighPercent upper bound of that interval
 * @param mannWhitneyP two-sided p-value of the Mann–Whitney U test on the iteration samples
 * @param ksStatistic two-sample Kolmogorov–Smirnov D on the iteration samples
 * @param ksP its two-sided p-value
 * @param psi Population Stability Index of the latency histograms (both sides have one)
 * @param histogramKsDistance KS distance between the two latency histograms
 * @param baselineNoisePercent the baseline's coefficient of variation, in percent
 * @param runSpreadFactor a run's median falls within {@code [centre / f, centre * f]} of the
 *     baseline's run medians with 95 % probability (null with one baseline run)
 * @param thresholdPercent the threshold that applied to this metric
 * @param reason why the verdict is what it is, in one phrase
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MetricComparison(
        String key,
        String test,
        String name,
        Integer thread,
        String unit,
        Better better,
        int baselineSamples,
        int baselineRuns,
        int currentSamples,
        double baselineMedian,
        double currentMedian,
        Double deltaPercent,
        Double improvementPercent,
        Double ciLowPercent,
        Double ciHighPercent,
        Double mannWhitneyP,
        Double ksStatistic,
        Double ksP,
        Double psi,
        Double histogramKsDistance,
        Double baselineNoisePercent,
        Double runSpreadFactor,
        double thresholdPercent,
        Verdict verdict,
        String reason) {}
