package io.benchctl.plugins.tui;

import io.benchctl.api.report.Formats;
import io.benchctl.api.report.WarningGroups;
import io.benchctl.api.result.BaselineComparison;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The plain-text lines both display modes print for finished work; figures from {@link Formats}. */
final class Summary {

    /** What a line reports, so the dashboard can colour it; the text itself is plain. */
    enum Kind {
        HEADING,
        OK,
        FAILED,
        SKIPPED,
        WARNING
    }

    record Line(Kind kind, String text) {}

    private Summary() {}

    /** {@code done     cpu/int: ops_per_second 246,550,000 ops/s ±1,320,000 (CV 0.3%)}. */
    static Line workload(WorkloadResult test) {
        String status = test.status() == WorkloadStatus.OK
                ? "done"
                : test.status().name().toLowerCase(Locale.ROOT);
        Kind kind = switch (test.status()) {
            case OK -> Kind.OK;
            case FAILED -> Kind.FAILED;
            case SKIPPED -> Kind.SKIPPED;
        };
        return new Line(kind, String.format(Locale.ROOT, "%-8s %s: %s", status, test.id(), details(test)));
    }

    /** The figures of a finished workload, or why it failed or was skipped. */
    static String details(WorkloadResult test) {
        if (test.status() == WorkloadStatus.OK) {
            return Formats.aggregates(test).stream().map(Summary::figure).collect(Collectors.joining("; "));
        }
        return test.error() == null
                ? "no reason given"
                : "in " + test.error().phase().id() + ": " + test.error().message();
    }

    static Line warning(String workloadId, WarningInfo warning) {
        return new Line(Kind.WARNING, "warning  " + workloadId + ": " + warning.code() + ": " + warning.message());
    }

    /** A metric as one phrase: value, CI, CV and, for latencies, p99. */
    static String figure(MetricResult metric) {
        StringBuilder text =
                new StringBuilder(Formats.label(metric)).append(' ').append(Formats.value(metric));
        String ci = Formats.ciHalfWidth(metric);
        if (!ci.isEmpty()) {
            text.append(' ').append(ci);
        }
        List<String> notes = new ArrayList<>();
        if (metric.stats() != null) {
            notes.add("CV " + Formats.cv(metric));
        }
        if (Formats.isLatency(metric)) {
            notes.add("p99 " + Formats.p99(metric));
        }
        return notes.isEmpty() ? text.toString() : text + " (" + String.join(", ", notes) + ")";
    }

    /**
     * A workload's warnings of one code as one line: {@code warning  cpu/int: noisy-host on
     * ops_per_second: …} with every message, so nothing is lost in the grouping.
     */
    static Line warning(String workloadId, WarningGroups.Group group) {
        String metrics = group.metrics().isEmpty() ? "" : " on " + String.join(", ", group.metrics());
        return new Line(
                Kind.WARNING,
                "warning  " + workloadId + ": " + group.code() + metrics + ": " + String.join(" · ", group.messages()));
    }

    /** The closing summary: a heading, then per workload its line and one line per warning code. */
    static List<Line> run(RunResult result) {
        List<Line> lines = new ArrayList<>();
        long ok = count(result, WorkloadStatus.OK);
        long failed = count(result, WorkloadStatus.FAILED);
        long skipped = count(result, WorkloadStatus.SKIPPED);
        String took = duration(result).map(d -> " in " + Formats.duration(d)).orElse("");
        lines.add(new Line(
                Kind.HEADING,
                String.format(
                        Locale.ROOT,
                        "benchctl run %s: %s: %d ok, %d failed, %d skipped%s",
                        result.name(),
                        result.status().name().toLowerCase(Locale.ROOT),
                        ok,
                        failed,
                        skipped,
                        took)));
        for (WorkloadResult test : result.tests()) {
            lines.add(workload(test));
            WarningGroups.of(test).forEach(group -> lines.add(warning(test.id(), group)));
        }
        if (result.comparison() != null) {
            lines.addAll(comparison(result.comparison()));
        }
        return lines;
    }

    /**
     * With {@code run --baseline}: a line per regressed metric, then the counts, e.g.
     * {@code regressed cpu/int:ops_per_second -48.2% (worse by 48.2% …)}.
     */
    static List<Line> comparison(BaselineComparison comparison) {
        List<Line> lines = new ArrayList<>();
        List<BaselineComparison.MetricVerdict> regressed = comparison.with(BaselineComparison.Verdict.REGRESSED);
        regressed.forEach(m -> lines.add(new Line(
                Kind.FAILED,
                "regressed " + m.key() + " " + Formats.signedPercent(m.deltaPercent()) + " (" + m.reason() + ")")));
        lines.add(new Line(
                regressed.isEmpty() ? Kind.OK : Kind.FAILED,
                "baseline " + comparison.baselineFile() + ": " + regressed.size() + " regressed, "
                        + comparison.with(BaselineComparison.Verdict.IMPROVED).size() + " improved, "
                        + comparison.metrics().size() + " compared"));
        return lines;
    }

    private static long count(RunResult result, WorkloadStatus status) {
        return result.tests().stream().filter(t -> t.status() == status).count();
    }

    private static java.util.Optional<Duration> duration(RunResult result) {
        try {
            return java.util.Optional.of(
                    Duration.between(Instant.parse(result.startedAt()), Instant.parse(result.finishedAt())));
        } catch (DateTimeParseException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }
}
