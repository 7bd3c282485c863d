package io.benchctl.runtime.cli;

import io.benchctl.api.Better;
import io.benchctl.history.changepoint.Analysis;
import io.benchctl.history.changepoint.ChangePointDetector;
import io.benchctl.history.store.HistoryStore;
import io.benchctl.history.store.Series;
import io.benchctl.history.store.SeriesKey;
import io.benchctl.history.store.SeriesPoint;
import io.benchctl.history.trend.TrendSeries;
import io.benchctl.runtime.config.Globs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One series of the history as {@code history check} and {@code history trend} see it: the runs
 * with a headline value (the median of the run's iterations), oldest first, and the change
 * points found in those values. Indexes of change points are positions in {@link #points}.
 *
 * @param label host id, workload id and metric name, e.g. {@code lab-1 cpu/int/t1 ops_per_second};
 *     with {@code [key 9c1e04b2]} after it when the host ran the workload under several measured
 *     configurations, which are separate series
 * @param points the runs whose workload finished ok with a finite value
 */
record AnalysedSeries(
        SeriesKey key, String label, String unit, Better better, List<SeriesPoint> points, Analysis analysis) {

    /**
     * Every series of the history that the filters select, in the store's order (host, key,
     * workload, metric), each analysed over all its runs. A series without a run that finished
     * ok is left out.
     *
     * @param hostId only this host's series, or null for all
     * @param metricGlob matched against the metric's name or {@code workload/name}, or null for all
     * @throws UserException (exit 2) when the filters select no series, naming them
     */
    static List<AnalysedSeries> select(
            HistoryStore store, String hostId, String metricGlob, ChangePointDetector detector) {
        Pattern glob = metricGlob == null ? null : glob(metricGlob);
        // One query for every series, without samples: reading a query per series with its
        // samples took seconds on a large history, while the detection needs only the values.
        List<Series> selected = store
                .allSeries(
                        hostId,
                        key -> glob == null
                                || glob.matcher(key.metricName()).matches()
                                || glob.matcher(key.workloadId() + "/" + key.metricName())
                                        .matches())
                .stream()
                .filter(series -> series.points().stream().anyMatch(p -> Double.isFinite(p.value())))
                .toList();
        if (selected.isEmpty()) {
            throw new UserException(
                    ExitCodes.USAGE, "no series in " + store.location().shown() + nothingMatched(hostId, metricGlob));
        }
        Map<String, Integer> sameLabel = new HashMap<>();
        selected.forEach(s -> sameLabel.merge(baseLabel(s.key()), 1, Integer::sum));
        return selected.stream()
                .map(s -> analyse(s, sameLabel.get(baseLabel(s.key())) > 1, detector))
                .toList();
    }

    /** The series to draw: the newest {@code lastRuns} runs and the change points among them. */
    TrendSeries trend(int lastRuns) {
        int first = Math.max(0, points.size() - lastRuns);
        List<TrendSeries.Point> shown = points.subList(first, points.size()).stream()
                .map(p -> new TrendSeries.Point(p.runId(), p.startedAt().toString(), p.value(), p.ciLow(), p.ciHigh()))
                .toList();
        List<Integer> changes = analysis.changePoints().stream()
                .map(c -> c.index() - first)
                .filter(index -> index > 0)
                .toList();
        return new TrendSeries(label, unit, better, shown, changes);
    }

    private static AnalysedSeries analyse(Series series, boolean showKey, ChangePointDetector detector) {
        List<SeriesPoint> points =
                series.points().stream().filter(p -> Double.isFinite(p.value())).toList();
        double[] values = points.stream().mapToDouble(SeriesPoint::value).toArray();
        Better better = Better.valueOf(series.better().toUpperCase(Locale.ROOT));
        String label = baseLabel(series.key())
                + (showKey ? " [key " + series.key().measurementKey().substring(0, 8) + "]" : "");
        return new AnalysedSeries(series.key(), label, series.unit(), better, points, detector.analyze(values, better));
    }

    private static String baseLabel(SeriesKey key) {
        return key.hostId() + " " + key.workloadId() + " " + key.metricName();
    }

    private static Pattern glob(String metricGlob) {
        if (metricGlob.isBlank()) {
            throw new UserException(ExitCodes.USAGE, "--metric must not be empty; use '*' for every metric");
        }
        return Globs.compile(metricGlob);
    }

    private static String nothingMatched(String hostId, String metricGlob) {
        if (hostId == null && metricGlob == null) {
            return " (import runs first: benchctl history import RESULT.json...)";
        }
        List<String> filters = new ArrayList<>();
        if (hostId != null) {
            filters.add("of host " + hostId);
        }
        if (metricGlob != null) {
            filters.add("matching --metric '" + metricGlob + "' (name or workload/name)");
        }
        return " " + String.join(" ", filters) + " with a finished run";
    }
}
