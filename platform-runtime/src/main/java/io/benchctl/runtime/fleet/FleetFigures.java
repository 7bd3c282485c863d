package io.benchctl.runtime.fleet;

import io.benchctl.api.report.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The texts every fleet rendering shares, so text, Markdown and HTML say the same thing. */
final class FleetFigures {

    private FleetFigures() {}

    static String value(double value, String unit) {
        return Formats.withUnit(value, unit);
    }

    /** {@code ±0.21} in the scale of the median, or empty without an interval. */
    static String ci(FleetReport.HostValue host, String unit) {
        if (host.ciLow() == null || host.ciHigh() == null) {
            return "";
        }
        return Formats.ciHalfWidth(Formats.quantity(host.median(), unit), host.median(), host.ciLow(), host.ciHigh());
    }

    static String summary(FleetReport report) {
        long hosts =
                report.hosts().stream().map(FleetReport.Host::id).distinct().count();
        return "fleet report of profile " + report.profile() + ": " + hosts + " host(s) in "
                + report.groups().size() + " hardware group(s), benchctl " + report.benchctlVersion();
    }

    static String rule(FleetReport report) {
        return "outlier: host median beyond group median ± " + plain(report.k())
                + " × 1.4826 × MAD on the worse side, and Mann–Whitney U p < " + plain(report.alpha())
                + " against the rest of its group";
    }

    static String group(FleetReport.Group group) {
        String hardware = new Hardware(
                        group.cpuModel(),
                        group.threads(),
                        group.memoryBytes() == null ? null : Math.round(group.memoryBytes() / (1024.0 * 1024 * 1024)),
                        group.kernel(),
                        group.virtualization())
                .label();
        return hardware + (group.note() == null ? "" : " (" + group.note() + ")");
    }

    static String outlier(FleetReport.Outlier outlier) {
        double change = outlier.groupMedian() == 0 ? Double.NaN : outlier.median() / outlier.groupMedian() - 1;
        return outlier.host() + " on " + outlier.workload() + " " + outlier.metric() + ": "
                + value(outlier.median(), outlier.unit()) + " vs group " + outlier.group() + " median "
                + value(outlier.groupMedian(), outlier.unit()) + " (" + signed(change) + ", limit "
                + value(outlier.limit(), outlier.unit()) + ", " + pValue(outlier.pValue()) + ")";
    }

    static String spread(FleetReport.Metric metric) {
        FleetReport.Spread fleet = metric.fleet();
        return "fleet median " + value(fleet.median(), metric.unit()) + ", min " + value(fleet.min(), metric.unit())
                + ", max " + value(fleet.max(), metric.unit()) + ", MAD " + value(fleet.mad(), metric.unit())
                + ", CV " + (fleet.cv() == null ? "n/a" : Formats.percent(fleet.cv()));
    }

    /** Empty when the metric has no histograms. */
    static String latency(FleetReport.Metric metric) {
        FleetReport.Latency latency = metric.latency();
        if (latency == null) {
            return "";
        }
        return "all hosts' " + Formats.number(latency.count()) + " observations: p50 "
                + value(latency.p50(), metric.unit()) + ", p90 " + value(latency.p90(), metric.unit()) + ", p99 "
                + value(latency.p99(), metric.unit()) + ", p99.9 " + value(latency.p999(), metric.unit());
    }

    static String notComparable(FleetReport.NotComparable run) {
        return run.host() + " (" + run.file() + ", " + run.status() + "): " + String.join("; ", run.reasons());
    }

    /** {@code p = 0.003120} or {@code p < 0.0001}. */
    static String pValue(double p) {
        return p < 1e-4 ? "p < 0.0001" : "p = " + Formats.number(p);
    }

    /** A setting as the user typed it: {@code 3}, {@code 2.5}, {@code 0.01}. */
    static String plain(double setting) {
        return BigDecimal.valueOf(setting).stripTrailingZeros().toPlainString();
    }

    static String signed(double fraction) {
        String percent = Formats.percent(fraction);
        return fraction > 0 ? "+" + percent : percent;
    }

    /** The hosts whose run did not finish ok, as {@code node-4 interrupted}. */
    static List<String> unfinished(FleetReport report) {
        List<String> lines = new ArrayList<>();
        for (FleetReport.Host host : report.hosts()) {
            if (!"ok".equals(host.status())) {
                lines.add(host.id() + " " + host.status() + " (" + host.file() + ")");
            }
        }
        return lines;
    }

    /** A matrix's cells by {@code from + "\n" + to}, to look each up once. */
    static Map<String, Double> cells(FleetReport.Matrix matrix) {
        Map<String, Double> cells = new HashMap<>();
        matrix.cells().forEach(cell -> cells.put(cell.from() + "\n" + cell.to(), cell.median()));
        return cells;
    }

    /** True when {@code from → to} is a planned pair without a figure in this matrix. */
    static boolean missing(FleetReport.Matrix matrix, String from, String to) {
        return matrix.missing().contains(new FleetReport.Missing(from, to));
    }

    /** The plan's heading and its pairs without a figure, or nothing without a plan. */
    static List<String> plan(FleetReport report) {
        FleetReport.Plan plan = report.plan();
        if (plan == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(
                plan.missing().isEmpty()
                        ? "every planned pair has a result (plan " + plan.file() + ", " + plan.pairs() + " pair(s))"
                        : "planned pairs without a result: " + plan.missing().size() + " of " + plan.pairs() + " (plan "
                                + plan.file() + ")");
        plan.missing().forEach(pair -> lines.add(pair.toString()));
        return lines;
    }
}
