package io.benchctl.runtime.baseline;

import io.benchctl.api.Better;
import io.benchctl.runtime.baseline.significance.Bootstrap;
import io.benchctl.runtime.baseline.significance.HistogramDrift;
import io.benchctl.runtime.baseline.significance.RankTests;
import io.benchctl.runtime.baseline.significance.RunSpread;
import io.benchctl.runtime.baseline.significance.Samples;
import java.util.Locale;

/**
 * Compares one metric of a run with its baseline and decides the verdict. A change is a
 * regression only when every one of these holds, so that a noisy runner does not flap:
 * <ol>
 *   <li>the median moved beyond the threshold in the worse direction;
 *   <li>the baseline's own noise (CV) is within the threshold, else the metric cannot resolve a
 *       change that small and is inconclusive, with the noise figure, unless the change is more
 *       than {@link #NOISE_MULTIPLE} times that noise (a disk made 40 times slower by fsync is a
 *       regression even on a host whose disk figures wander by 25 %);
 *   <li>the move is significant: Mann–Whitney U p below alpha on the iteration samples;
 *   <li>the run's median lies outside the 95 % prediction interval of the baseline's run medians
 *       (iterations of one run agree more than runs do; see {@link RunSpread}). With a single
 *       baseline run that spread is unknown, and the stated {@link #ONE_RUN_ALLOWANCE} stands in
 *       for it.
 * </ol>
 *
 * <p>A histogram PSI above the limit is reported with the verdict but never decides it alone:
 * its buckets hold individual latencies of a few runs, which are not independent observations,
 * so it would call the ordinary run-to-run wander of a noisy host significant. The iterations
 * are the independent units, and the rank test works on them.
 */
final class MetricComparer {

    static final int BOOTSTRAP_RESAMPLES = 2000;
    /**
     * A metric noisier than its threshold can still show a change far beyond its noise: more than
     * four times its CV (as a log ratio). Three was not enough: on a loaded 2-core host the
     * connection rate of an unchanged re-run halved (CV 23%, |log ratio| 0.74 > 3 x 0.23), since
     * such noise has heavier tails than a normal distribution. A disk slowed 40-fold by fsync
     * (|log ratio| 3.8 against a 26% CV) still regresses.
     */
    static final double NOISE_MULTIPLE = 4;

    /**
     * The run-to-run spread assumed for a baseline of one run: its run is unusual only outside
     * ×/÷1.25 (20 % lower or 25 % higher). A three-run baseline on a host whose runs wander by 3 %
     * gets about ×/÷1.2 from {@link RunSpread}, and runs of the memory benchmarks wandered by up
     * to 13 % on our 2-core VMs; a change beyond 1.25 is not ordinary drift there. Without any
     * allowance a one-run baseline could never fail a gate, and a CPU hog halving a figure at
     * Mann–Whitney p 0.008 passed as "inconclusive".
     */
    static final double ONE_RUN_ALLOWANCE = 1.25;

    static final double CONFIDENCE = 0.95;
    /** Fixed so that comparing the same files twice gives the same interval. */
    private static final long BOOTSTRAP_SEED = 0x62656e6368L;

    private MetricComparer() {}

    static MetricComparison compare(BaselineMetric baseline, BaselineMetric current, Thresholds thresholds) {
        String key = baseline.key();
        double[] before = baseline.sampleArray();
        double[] after = current.sampleArray();
        double baselineMedian = Samples.median(before);
        double currentMedian = Samples.median(after);
        double threshold = thresholds.percentFor(key);
        Double delta = baselineMedian == 0 ? null : 100 * (currentMedian / baselineMedian - 1);
        Double improvement = delta == null ? null : baseline.better() == Better.HIGHER ? delta : -delta;
        Bootstrap.Interval ci = Bootstrap.medianChangePercent(
                before, after, BOOTSTRAP_RESAMPLES, CONFIDENCE, BOOTSTRAP_SEED ^ key.hashCode());
        RankTests.Outcome ranks = RankTests.run(before, after);
        HistogramDrift.Drift drift = histogramDrift(baseline, current);
        Double noise = finite(100 * Samples.coefficientOfVariation(before));
        double[] runMedians = baseline.runMedianArray();
        Double spread = finite(RunSpread.predictionFactor(runMedians));

        double ratio = currentMedian / baselineMedian;
        Decision decision = delta == null
                ? new Decision(Verdict.INCONCLUSIVE, "baseline median is 0")
                : decide(
                        improvement,
                        ratio,
                        currentMedian / RunSpread.centre(runMedians),
                        threshold,
                        noise,
                        ranks,
                        spread,
                        thresholds.alpha());
        String reason = decision.reason() + driftNote(drift, thresholds.psiLimit());
        return new MetricComparison(
                key,
                baseline.test(),
                baseline.name(),
                baseline.thread(),
                baseline.unit(),
                baseline.better(),
                before.length,
                runMedians.length,
                after.length,
                baselineMedian,
                currentMedian,
                delta,
                improvement,
                ci == null ? null : ci.lowPercent(),
                ci == null ? null : ci.highPercent(),
                ranks == null ? null : ranks.mannWhitneyP(),
                ranks == null ? null : ranks.ksStatistic(),
                ranks == null ? null : ranks.ksP(),
                drift == null ? null : drift.psi(),
                drift == null ? null : drift.ksDistance(),
                noise,
                spread,
                threshold,
                decision.verdict(),
                reason);
    }

    /** How far the latency histograms moved apart, or null when either side has none. */
    private static HistogramDrift.Drift histogramDrift(BaselineMetric baseline, BaselineMetric current) {
        if (baseline.histogram() == null || current.histogram() == null) {
            return null;
        }
        return HistogramDrift.between(Histograms.decode(baseline.histogram()), Histograms.decode(current.histogram()));
    }

    /** A PSI above the limit is noted beside the verdict; it never decides it (see the class comment). */
    private static String driftNote(HistogramDrift.Drift drift, double psiLimit) {
        return drift != null && drift.psi() > psiLimit
                ? "; distribution shifted (PSI " + Figures.number(drift.psi()) + " > " + Figures.number(psiLimit) + ")"
                : "";
    }

    private record Decision(Verdict verdict, String reason) {}

    /**
     * @param ratio current median over baseline median
     * @param runRatio current median over the centre of the baseline's run medians
     */
    private static Decision decide(
            double improvement,
            double ratio,
            double runRatio,
            double threshold,
            Double noise,
            RankTests.Outcome ranks,
            Double spread,
            double alpha) {
        boolean noisy = noise != null && noise > threshold;
        // Written as !(x > y) so that a NaN (a median at or below zero) stays inconclusive.
        if (noisy && !(Math.abs(Math.log(ratio)) > NOISE_MULTIPLE * noise / 100)) {
            return new Decision(
                    Verdict.INCONCLUSIVE,
                    "baseline noise CV " + pct(noise) + " exceeds the " + pct(threshold) + " threshold");
        }
        if (Math.abs(improvement) <= threshold) {
            return new Decision(Verdict.UNCHANGED, "within ±" + pct(threshold));
        }
        String change = (improvement > 0 ? "better" : "worse") + " by " + pct(Math.abs(improvement));
        if (ranks == null || !(ranks.mannWhitneyP() < alpha)) {
            return new Decision(
                    Verdict.INCONCLUSIVE,
                    change + " but not significant (Mann–Whitney p "
                            + Figures.number(ranks == null ? null : ranks.mannWhitneyP()) + ")");
        }
        boolean oneRun = spread == null;
        double allowance = oneRun ? ONE_RUN_ALLOWANCE : spread;
        if (!(Math.abs(Math.log(runRatio)) > Math.log(allowance))) {
            return new Decision(
                    Verdict.INCONCLUSIVE,
                    oneRun
                            ? change + " but within the one-run allowance (×/÷" + Figures.number(allowance)
                                    + "; export a baseline from two or more runs to measure the spread)"
                            : change + " but within the run-to-run spread (×/÷" + Figures.number(allowance) + ")");
        }
        return new Decision(
                improvement > 0 ? Verdict.IMPROVED : Verdict.REGRESSED,
                change + " (Mann–Whitney p " + Figures.number(ranks.mannWhitneyP()) + ")"
                        + (oneRun ? "; beyond the one-run allowance ×/÷" + Figures.number(allowance) : "")
                        + (noisy ? "; beyond " + (int) NOISE_MULTIPLE + "× the baseline noise CV " + pct(noise) : ""));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static String pct(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }
}
