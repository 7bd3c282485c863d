package io.benchctl.runtime.cli;

import io.benchctl.api.Better;
import io.benchctl.api.report.Formats;
import io.benchctl.history.changepoint.ChangePoint;
import io.benchctl.history.changepoint.ChangePointOptions;
import io.benchctl.history.store.SeriesPoint;
import io.benchctl.runtime.cli.HistoryCheckCommand.Checked;
import io.benchctl.runtime.cli.HistoryCheckCommand.Gate;
import io.benchctl.runtime.result.ResultCodec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@code history check} found, as text, Markdown or JSON. */
record CheckReport(String history, ChangePointOptions options, Gate gate, List<Checked> checked, int exitCode) {

    void text(PrintWriter out) {
        for (Checked c : checked) {
            AnalysedSeries s = c.series();
            List<ChangePoint> points = s.analysis().changePoints();
            out.printf(
                    "%s (%s, %s is better, %d runs): %s%n",
                    s.label(),
                    s.unit(),
                    s.better().name().toLowerCase(Locale.ROOT),
                    s.points().size(),
                    points.isEmpty() ? "no change point" : points.size() + " change point(s)");
            for (ChangePoint point : points) {
                SeriesPoint at = s.points().get(point.index());
                out.printf(
                        "  run %d  %s  %s  %s → %s  %s  p %s  %s%n",
                        point.index() + 1,
                        at.runId(),
                        at.startedAt(),
                        Formats.withUnit(point.meanBefore(), s.unit()),
                        Formats.withUnit(point.meanAfter(), s.unit()),
                        change(point),
                        pValue(point.pValue()),
                        verdict(c, point));
            }
        }
        out.println();
        out.println(summary());
    }

    void markdown(PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        for (Checked c : checked) {
            AnalysedSeries s = c.series();
            for (ChangePoint point : s.analysis().changePoints()) {
                SeriesPoint at = s.points().get(point.index());
                rows.add(new String[] {
                    s.label(),
                    (point.index() + 1) + " of " + s.points().size(),
                    "`" + at.runId() + "`",
                    at.startedAt().toString(),
                    Formats.withUnit(point.meanBefore(), s.unit()) + " → "
                            + Formats.withUnit(point.meanAfter(), s.unit()),
                    change(point),
                    pValue(point.pValue()),
                    c.failing() && point == s.analysis().latest() ? "**" + verdict(c, point) + "**" : verdict(c, point)
                });
            }
        }
        if (rows.isEmpty()) {
            out.println("No change points.");
        } else {
            out.println("| series | run | run id | started (UTC) | mean before → after | change | p | |");
            out.println("|---|---|---|---|---|---|---|---|");
            for (String[] row : rows) {
                List<String> cells = List.of(row).stream()
                        .map(cell -> cell.replace("|", "\\|"))
                        .toList();
                out.println("| " + String.join(" | ", cells) + " |");
            }
        }
        out.println();
        out.println(summary());
    }

    String json() {
        List<JsonSeries> series = checked.stream().map(CheckReport::jsonSeries).toList();
        return ResultCodec.mapper()
                .writeValueAsString(new JsonReport(
                        history,
                        new JsonOptions(
                                options.window(), options.maxPValue(), options.minMagnitude(), gate.thresholdPercent()),
                        series,
                        new JsonSummary(checked.size(), changePoints(), regressions(), failing()),
                        exitCode));
    }

    /** E.g. {@code 3 series checked, 2 change points (1 regression); 1 series failing (…)}. */
    String summary() {
        return String.format(
                Locale.ROOT,
                "%d series checked, %d change point(s) (%d regression(s)); %d series failing"
                        + " (newest change point a regression beyond %s with p < %s)",
                checked.size(),
                changePoints(),
                regressions(),
                failing(),
                Formats.percent(gate.thresholdPercent() / 100),
                pValue(gate.maxPValue()));
    }

    private int changePoints() {
        return checked.stream()
                .mapToInt(c -> c.series().analysis().changePoints().size())
                .sum();
    }

    private int regressions() {
        return (int) checked.stream()
                .flatMap(c -> c.series().analysis().changePoints().stream())
                .filter(ChangePoint::regression)
                .count();
    }

    private int failing() {
        return (int) checked.stream().filter(Checked::failing).count();
    }

    private static String verdict(Checked c, ChangePoint point) {
        String kind = point.regression() ? "regression" : "improvement";
        return c.failing() && point == c.series().analysis().latest() ? kind + ", fails the check" : kind;
    }

    /** The relative change of the mean with its sign, {@code +4.2%} or {@code -12.0%}. */
    private static String change(ChangePoint point) {
        String percent = Formats.percent(point.relativeChange());
        return point.relativeChange() > 0 ? "+" + percent : percent;
    }

    private static String pValue(double p) {
        return String.format(Locale.ROOT, "%.2g", p);
    }

    private static JsonSeries jsonSeries(Checked c) {
        AnalysedSeries s = c.series();
        List<JsonChangePoint> points = s.analysis().changePoints().stream()
                .map(p -> {
                    SeriesPoint at = s.points().get(p.index());
                    return new JsonChangePoint(
                            p.index() + 1,
                            at.runId(),
                            at.startedAt().toString(),
                            finite(p.meanBefore()),
                            finite(p.meanAfter()),
                            finite(p.medianBefore()),
                            finite(p.medianAfter()),
                            finite(p.relativeChange()),
                            finite(p.pValue()),
                            p.regression());
                })
                .toList();
        return new JsonSeries(
                s.key().hostId(),
                s.key().measurementKey(),
                s.key().workloadId(),
                s.key().metricName(),
                s.label(),
                s.unit(),
                s.better() == Better.HIGHER ? "higher" : "lower",
                s.points().size(),
                points,
                c.failing());
    }

    /** JSON has no NaN or infinity: such a figure (a mean of 0 before the change) is null. */
    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    record JsonReport(
            String history, JsonOptions options, List<JsonSeries> series, JsonSummary summary, int exitCode) {}

    record JsonOptions(int window, double maxPValue, double minMagnitude, double thresholdPercent) {}

    record JsonSummary(int series, int changePoints, int regressions, int failing) {}

    /** One series; {@code runs} counts the runs analysed, {@code failing} is the check's verdict on it. */
    record JsonSeries(
            String hostId,
            String measurementKey,
            String workload,
            String metric,
            String label,
            String unit,
            String better,
            int runs,
            List<JsonChangePoint> changePoints,
            boolean failing) {}

    /** {@code run} is 1-based (the first run of the series is run 1), as in the text output. */
    record JsonChangePoint(
            int run,
            String runId,
            String startedAt,
            Double meanBefore,
            Double meanAfter,
            Double medianBefore,
            Double medianAfter,
            Double relativeChange,
            Double pValue,
            boolean regression) {}
}
