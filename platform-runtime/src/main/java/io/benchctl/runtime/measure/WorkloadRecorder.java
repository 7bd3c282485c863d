package io.benchctl.runtime.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.Better;
import io.benchctl.api.Metric;
import io.benchctl.api.Recorder;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.Stats;
import io.benchctl.api.result.WarningInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.apiguardian.api.API;

/**
 * The recorder of one workload, and the one place its statistics are computed. The orchestrator
 * brackets each measured iteration with {@link #startIteration}/{@link #finishIteration} (warmup
 * uses {@link Recorder#DISCARD} instead), then reads {@link #results()} and {@link #warnings()}.
 *
 * <p>Per-iteration metrics: headline = median of the iteration values, best = the best iteration.
 * Latency metrics: headline = p50 of all observations, samples = each iteration's p50 (so that
 * baselines compare like with like), percentiles from the histogram, which is kept base64-encoded.
 * A latency recorded only per thread also gets an aggregate, merged from the threads' histograms.
 *
 * <p>Thread safety: the recording methods may be called from any thread at any time inside an
 * iteration; the lifecycle methods from the orchestrator's thread.
 */
@API(status = INTERNAL, since = "1.0")
public final class WorkloadRecorder implements Recorder {

    /** Iteration-to-iteration CV above which the host is called noisy. */
    static final double NOISY_CV = 0.05;
    /** A latency median below this many timer steps is measured with 1% error or worse. */
    static final long COARSE_TIMER_STEPS = 100;

    private final String workloadId;
    private final Map<Metric, MetricSeries> series = new ConcurrentHashMap<>();
    private final Map<String, Integer> nameOrder = new ConcurrentHashMap<>();
    private final AtomicInteger nextNameOrder = new AtomicInteger();
    /** Aggregates that nobody recorded: merged from the per-thread histograms of the same name. */
    private final Set<Metric> derivedAggregates = ConcurrentHashMap.newKeySet();

    private volatile int currentIteration = -1;

    /** @param workloadId {@code module/variant}, used in error messages */
    public WorkloadRecorder(String workloadId) {
        this.workloadId = workloadId;
    }

    /** Opens measured iteration {@code iteration}: recording is allowed until {@link #finishIteration()}. */
    public void startIteration(int iteration) {
        currentIteration = iteration;
    }

    /**
     * Ends the current iteration.
     *
     * @return this iteration's value of each metric recorded in it (a latency's iteration p50),
     *     keyed {@code name} or {@code name[thread N]}
     */
    public Map<String, Double> finishIteration() {
        if (currentIteration < 0) {
            throw new IllegalStateException(workloadId + ": finishIteration without startIteration");
        }
        currentIteration = -1;
        Map<Metric, Histogram> merged = new LinkedHashMap<>();
        Map<String, Double> values = new LinkedHashMap<>();
        for (MetricSeries s : ordered()) {
            if (s.latency) {
                Histogram interval = s.finishLatencyIteration();
                if (interval != null) {
                    values.put(label(s.metric), (double) interval.getValueAtPercentile(50));
                    mergeIntoDerivedAggregate(s.metric, interval, merged);
                }
            } else {
                Double value = s.finishValueIteration();
                if (value != null) {
                    values.put(label(s.metric), value);
                }
            }
        }
        merged.forEach((aggregate, histogram) -> {
            derivedAggregates.add(aggregate);
            series.computeIfAbsent(aggregate, m -> new MetricSeries(m, true)).addIteration(histogram);
            values.put(label(aggregate), (double) histogram.getValueAtPercentile(50));
        });
        return values;
    }

    /** Every metric with at least one measured iteration: aggregates first, then by thread. */
    public List<MetricResult> results() {
        List<MetricResult> results = new ArrayList<>();
        for (MetricSeries s : ordered()) {
            List<Double> samples = s.samples();
            if (samples.isEmpty()) {
                continue;
            }
            Metric m = s.metric;
            Integer thread = m.thread() < 0 ? null : m.thread();
            double best = best(samples, m.better());
            if (s.latency) {
                Histogram histogram = s.histogram();
                Stats stats = LatencyStatistics.of(histogram);
                results.add(new MetricResult(
                        m.name(),
                        m.unit(),
                        m.better(),
                        thread,
                        stats.p50(),
                        best,
                        samples,
                        stats,
                        LatencyStatistics.encode(histogram)));
            } else {
                Stats stats = SampleStatistics.of(samples);
                results.add(new MetricResult(
                        m.name(), m.unit(), m.better(), thread, stats.p50(), best, samples, stats, null));
            }
        }
        return results;
    }

    /** The headline metric's statistics so far; empty before anything was recorded. */
    public Optional<Headline> headline() {
        List<MetricSeries> candidates =
                ordered().stream().filter(s -> !s.samples().isEmpty()).toList();
        return candidates.stream()
                .filter(s -> s.metric.thread() < 0)
                .findFirst()
                .or(() -> candidates.stream().findFirst())
                .map(s -> new Headline(
                        label(s.metric),
                        s.latency ? LatencyStatistics.of(s.histogram()) : SampleStatistics.of(s.samples())));
    }

    /**
     * {@code noisy-host} for an aggregate metric (or, where a name has no aggregate, a per-thread
     * one) whose iteration values vary by more than 5% CV; {@code coarse-timer} for a latency whose
     * median is within 100 steps of the timer, unless it was recorded in batches (count above 1); {@code ci-min-max} when fewer than 6 iterations
     * make the CI of the median the range min..max.
     */
    public List<WarningInfo> warnings() {
        List<WarningInfo> warnings = new ArrayList<>();
        long fewestSamples = Long.MAX_VALUE;
        for (MetricSeries s : ordered()) {
            List<Double> samples = s.samples();
            if (samples.isEmpty()) {
                continue;
            }
            fewestSamples = Math.min(fewestSamples, samples.size());
            noisyHost(s, samples).ifPresent(warnings::add);
            if (s.latency && !s.batched) { // a batch's mean is timed over the whole batch
                coarseTimer(s).ifPresent(warnings::add);
            }
        }
        if (fewestSamples < MedianConfidence.MIN_EXACT_N) {
            double coverage = 1 - Math.pow(0.5, fewestSamples - 1);
            warnings.add(new WarningInfo(
                    "ci-min-max",
                    String.format(
                            "only %d iterations: the 95%% CI of the median is reported as min..max, which covers it with "
                                    + "%.1f%% probability; run at least %d iterations for an exact 95%% interval",
                            fewestSamples, coverage * 100, MedianConfidence.MIN_EXACT_N)));
        }
        return warnings;
    }

    @Override
    public void recordValue(Metric metric, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    workloadId + ": " + label(metric) + " recorded a non-finite value: " + value);
        }
        seriesFor(metric, false).setValue(value);
    }

    @Override
    public void recordLatencyNanos(Metric metric, long latencyNanos) {
        recordLatencyNanos(metric, latencyNanos, 1);
    }

    @Override
    public void recordLatencyNanos(Metric metric, long latencyNanos, long count) {
        if (latencyNanos < 0 || count < 0) {
            throw new IllegalArgumentException(workloadId + ": " + label(metric)
                    + " recorded a negative latency or count: " + latencyNanos + " ns x " + count);
        }
        seriesFor(metric, true).recordLatency(latencyNanos, count);
    }

    /** {@code name} for an aggregate, {@code name[thread N]} for a measurement thread. */
    public static String label(Metric metric) {
        return metric.thread() < 0 ? metric.name() : metric.name() + "[thread " + metric.thread() + "]";
    }

    private MetricSeries seriesFor(Metric metric, boolean latency) {
        if (currentIteration < 0) {
            throw new IllegalStateException(workloadId + ": " + label(metric)
                    + " recorded outside a measured iteration (record from runIteration only)");
        }
        MetricSeries s = series.get(metric);
        if (s == null) {
            nameOrder.computeIfAbsent(metric.name(), n -> nextNameOrder.getAndIncrement());
            s = series.computeIfAbsent(metric, m -> new MetricSeries(m, latency));
        }
        if (s.latency != latency) {
            throw new IllegalArgumentException(workloadId + ": " + label(metric)
                    + " is recorded both as a per-iteration value and as a latency; use two metric names");
        }
        return s;
    }

    private void mergeIntoDerivedAggregate(Metric metric, Histogram interval, Map<Metric, Histogram> aggregates) {
        if (metric.thread() < 0) {
            return;
        }
        Metric aggregate = Metric.of(metric.name(), metric.unit(), metric.better());
        MetricSeries recordedDirectly = series.get(aggregate);
        if (recordedDirectly != null && !derivedAggregates.contains(aggregate)) {
            return;
        }
        aggregates
                .computeIfAbsent(aggregate, a -> new Histogram(interval.getNumberOfSignificantValueDigits()))
                .add(interval);
    }

    private List<MetricSeries> ordered() {
        return series.values().stream()
                .sorted(Comparator.<MetricSeries>comparingInt(s -> nameOrder.getOrDefault(s.metric.name(), 0))
                        .thenComparingInt(s -> s.metric.thread()))
                .toList();
    }

    private static double best(List<Double> samples, Better better) {
        return better == Better.HIGHER
                ? samples.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                : samples.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private Optional<WarningInfo> noisyHost(MetricSeries s, List<Double> samples) {
        boolean hasAggregate = s.metric.thread() < 0
                || series.containsKey(Metric.of(s.metric.name(), s.metric.unit(), s.metric.better()));
        if (samples.size() < 2 || (s.metric.thread() >= 0 && hasAggregate)) {
            return Optional.empty();
        }
        Stats stats = SampleStatistics.of(samples);
        if (stats.cv() <= NOISY_CV) {
            return Optional.empty();
        }
        return Optional.of(new WarningInfo(
                "noisy-host",
                String.format(
                        "%s varied by %.1f%% (coefficient of variation) across %d iterations, more than %.0f%%: "
                                + "the host is noisy; compare runs by their medians and confidence intervals",
                        label(s.metric), stats.cv() * 100, samples.size(), NOISY_CV * 100)));
    }

    private Optional<WarningInfo> coarseTimer(MetricSeries s) {
        long stepNanos = TimerResolution.granularityNanos();
        long medianNanos = s.histogram().getValueAtPercentile(50);
        if (medianNanos >= COARSE_TIMER_STEPS * stepNanos) {
            return Optional.empty();
        }
        return Optional.of(new WarningInfo(
                "coarse-timer",
                String.format(
                        "%s: the median latency %d ns is within %d steps of the timer's %d ns resolution; "
                                + "time batches of operations instead",
                        label(s.metric), medianNanos, COARSE_TIMER_STEPS, stepNanos)));
    }
}
