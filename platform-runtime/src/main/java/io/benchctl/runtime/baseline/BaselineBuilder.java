package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.baseline.significance.Samples;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/** Merges several runs into one {@link Baseline}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineBuilder {

    /** A result and the file it came from (named in warnings). */
    public record SourceResult(Path file, RunResult result) {}

    /** The baseline and what the user should know about how it was made. */
    public record Built(Baseline baseline, List<String> warnings) {}

    private BaselineBuilder() {}

    /**
     * Merges runs, newest last by {@code startedAt} (argument order when a run lacks it). Per
     * metric only the newest {@code window} runs that have it are kept, so an old, since-fixed
     * state ages out of a rolling baseline.
     *
     * @throws BadInputException when no run has a finished metric
     */
    public static Built build(List<SourceResult> sources, int window, Instant createdAt) throws BadInputException {
        if (window < 1) {
            throw new BadInputException("--window must be at least 1, got " + window);
        }
        List<String> warnings = new ArrayList<>();
        List<SourceResult> runs = distinct(chronological(sources), warnings);
        SourceResult newest = runs.getLast();
        RunIdentity identity = RunIdentity.of(newest.result());
        for (SourceResult run : runs.subList(0, runs.size() - 1)) {
            for (Comparability.Difference d : Comparability.differences(RunIdentity.of(run.result()), identity)) {
                warnings.add(d.describe(run.file().toString(), "newest run " + newest.file()));
            }
        }
        Map<String, List<BaselineMetric>> perMetric = new LinkedHashMap<>();
        for (SourceResult run : runs) {
            RunMetrics.of(run.result(), run.file().toString())
                    .forEach((key, metric) -> perMetric
                            .computeIfAbsent(key, k -> new ArrayList<>())
                            .add(metric));
        }
        if (perMetric.isEmpty()) {
            throw new BadInputException("no finished workload with metrics in "
                    + sources.stream().map(s -> s.file().toString()).toList());
        }
        Map<String, BaselineMetric> metrics = new TreeMap<>();
        perMetric.forEach((key, history) ->
                metrics.put(key, merge(history.subList(Math.max(0, history.size() - window), history.size()))));
        List<Baseline.SourceRun> sourceRuns = runs.stream()
                .map(r -> new Baseline.SourceRun(
                        r.result().runId(),
                        r.result().startedAt(),
                        r.file().getFileName().toString()))
                .toList();
        return new Built(
                new Baseline(Baseline.SCHEMA_VERSION, createdAt.toString(), window, identity, sourceRuns, metrics),
                warnings);
    }

    private static BaselineMetric merge(List<BaselineMetric> kept) {
        BaselineMetric newest = kept.getLast();
        List<Double> samples = new ArrayList<>();
        List<Double> runMedians = new ArrayList<>();
        List<String> histograms = new ArrayList<>();
        for (BaselineMetric run : kept) {
            samples.addAll(run.samples());
            runMedians.add(Samples.median(run.sampleArray()));
            if (run.histogram() != null) {
                histograms.add(run.histogram());
            }
        }
        return new BaselineMetric(
                newest.test(),
                newest.name(),
                newest.thread(),
                newest.unit(),
                newest.better(),
                samples,
                runMedians,
                Histograms.merge(histograms));
    }

    /** A run given twice (a copied file, an overlapping glob) would count its samples twice. */
    private static List<SourceResult> distinct(List<SourceResult> runs, List<String> warnings) {
        Map<String, SourceResult> byRunId = new LinkedHashMap<>();
        List<SourceResult> distinct = new ArrayList<>();
        for (SourceResult run : runs) {
            String runId = run.result().runId();
            SourceResult first = runId == null ? null : byRunId.putIfAbsent(runId, run);
            if (first == null) {
                distinct.add(run);
            } else {
                warnings.add(run.file() + ": the same run as " + first.file() + " (run id " + runId + "), skipped");
            }
        }
        return distinct;
    }

    private static List<SourceResult> chronological(List<SourceResult> sources) {
        List<SourceResult> runs = new ArrayList<>(sources);
        List<Instant> starts = runs.stream().map(r -> startOf(r.result())).toList();
        if (starts.stream().allMatch(Objects::nonNull)) {
            runs.sort(Comparator.comparing(r -> startOf(r.result())));
        }
        return runs;
    }

    private static Instant startOf(RunResult result) {
        try {
            return result.startedAt() == null ? null : Instant.parse(result.startedAt());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
