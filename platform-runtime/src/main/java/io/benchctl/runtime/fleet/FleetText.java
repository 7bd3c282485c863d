package io.benchctl.runtime.fleet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** The fleet report as plain text for a terminal. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FleetText {

    private FleetText() {}

    public static String render(FleetReport report) {
        StringBuilder out = new StringBuilder();
        out.append(FleetFigures.summary(report)).append('\n');
        out.append(FleetFigures.rule(report)).append("\n\n");
        out.append(report.outliers().isEmpty() ? "no outlier hosts\n" : "OUTLIER HOSTS\n");
        report.outliers()
                .forEach(o -> out.append("  ").append(FleetFigures.outlier(o)).append('\n'));
        out.append("\nhardware groups (outliers are judged within a group)\n");
        for (FleetReport.Group group : report.groups()) {
            out.append("  ")
                    .append(group.id())
                    .append("  ")
                    .append(FleetFigures.group(group))
                    .append(": ")
                    .append(String.join(", ", group.hosts()))
                    .append('\n');
        }
        if (!FleetFigures.unfinished(report).isEmpty()) {
            out.append("\nruns that did not finish ok (their finished workloads are merged)\n");
            FleetFigures.unfinished(report)
                    .forEach(line -> out.append("  ").append(line).append('\n'));
        }
        int width = report.hosts().stream().mapToInt(h -> h.id().length()).max().orElse(4);
        for (FleetReport.Metric metric : report.metrics()) {
            metric(out, metric, Math.max(width, 4));
        }
        for (FleetReport.Matrix matrix : report.network()) {
            matrix(out, matrix);
        }
        List<String> plan = FleetFigures.plan(report);
        if (!plan.isEmpty()) {
            out.append('\n').append(plan.getFirst()).append('\n');
            plan.subList(1, plan.size())
                    .forEach(pair -> out.append("  ").append(pair).append('\n'));
        }
        if (!report.notComparable().isEmpty()) {
            out.append("\nnot comparable (kept apart, not merged)\n");
            report.notComparable()
                    .forEach(run -> out.append("  ")
                            .append(FleetFigures.notComparable(run))
                            .append('\n'));
        }
        if (!report.skipped().isEmpty()) {
            out.append("\nskipped files\n");
            report.skipped()
                    .forEach(s -> out.append("  ")
                            .append(s.file())
                            .append(": ")
                            .append(s.reason())
                            .append('\n'));
        }
        return out.toString();
    }

    private static void metric(StringBuilder out, FleetReport.Metric metric, int width) {
        out.append('\n')
                .append(metric.workload())
                .append(' ')
                .append(metric.name())
                .append(" (")
                .append(metric.better())
                .append(" is better)\n");
        out.append("  ").append(FleetFigures.spread(metric)).append('\n');
        String latency = FleetFigures.latency(metric);
        if (!latency.isEmpty()) {
            out.append("  ").append(latency).append('\n');
        }
        int valueWidth = metric.hosts().stream()
                .mapToInt(h -> FleetFigures.value(h.median(), metric.unit()).length())
                .max()
                .orElse(1);
        int ciWidth = metric.hosts().stream()
                .mapToInt(h -> FleetFigures.ci(h, metric.unit()).length())
                .max()
                .orElse(1);
        for (FleetReport.HostValue host : metric.hosts()) {
            String line = String.format(
                    "  %-" + width + "s  %-3s  %" + valueWidth + "s %-" + Math.max(ciWidth, 1) + "s%s",
                    host.host(),
                    host.group(),
                    FleetFigures.value(host.median(), metric.unit()),
                    FleetFigures.ci(host, metric.unit()),
                    host.outlier() ? "  OUTLIER" : "");
            out.append(line.stripTrailing()).append('\n');
        }
    }

    private static void matrix(StringBuilder out, FleetReport.Matrix matrix) {
        out.append("\nnetwork ")
                .append(matrix.workload())
                .append(' ')
                .append(matrix.metric())
                .append(" (row: host that ran, column: its peer)\n");
        out.append(String.format("  %-12s", ""));
        matrix.to().forEach(to -> out.append(String.format(" %14s", to)));
        out.append('\n');
        var cells = FleetFigures.cells(matrix);
        for (String from : matrix.from()) {
            out.append(String.format("  %-12s", from));
            for (String to : matrix.to()) {
                out.append(String.format(" %14s", cell(matrix, cells, from, to)));
            }
            out.append('\n');
        }
    }

    static String cell(FleetReport.Matrix matrix, Map<String, Double> cells, String from, String to) {
        Double median = cells.get(from + "\n" + to);
        if (median == null) {
            return FleetFigures.missing(matrix, from, to) ? "missing" : "–";
        }
        return FleetFigures.value(median, matrix.unit());
    }
}
