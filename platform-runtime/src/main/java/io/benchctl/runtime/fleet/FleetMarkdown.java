package io.benchctl.runtime.fleet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/** The fleet report as GitHub-flavoured Markdown. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FleetMarkdown {

    private FleetMarkdown() {}

    public static String render(FleetReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# Fleet report\n\n").append(FleetFigures.summary(report)).append(".\n\n");
        out.append("_").append(FleetFigures.rule(report)).append("._\n\n## Outlier hosts\n\n");
        if (report.outliers().isEmpty()) {
            out.append("None.\n");
        }
        report.outliers()
                .forEach(o ->
                        out.append("- **").append(cell(FleetFigures.outlier(o))).append("**\n"));
        out.append("\n## Hardware groups\n\n| group | hardware | hosts |\n|---|---|---|\n");
        for (FleetReport.Group group : report.groups()) {
            out.append("| ")
                    .append(group.id())
                    .append(" | ")
                    .append(cell(FleetFigures.group(group)))
                    .append(" | ")
                    .append(String.join(", ", group.hosts()))
                    .append(" |\n");
        }
        if (!FleetFigures.unfinished(report).isEmpty()) {
            out.append("\n## Runs that did not finish ok\n\n");
            FleetFigures.unfinished(report)
                    .forEach(line -> out.append("- ").append(cell(line)).append('\n'));
        }
        out.append("\n## Metrics\n");
        report.metrics().forEach(metric -> metric(out, metric));
        if (!report.network().isEmpty()) {
            out.append("\n## Network matrix\n");
            report.network().forEach(matrix -> matrix(out, matrix));
        }
        List<String> plan = FleetFigures.plan(report);
        if (!plan.isEmpty()) {
            out.append("\n## Planned pairs\n\n").append(cell(plan.getFirst())).append("\n\n");
            plan.subList(1, plan.size())
                    .forEach(pair -> out.append("- ").append(cell(pair)).append('\n'));
        }
        if (!report.notComparable().isEmpty()) {
            out.append("\n## Not comparable\n\n");
            report.notComparable()
                    .forEach(r -> out.append("- ")
                            .append(cell(FleetFigures.notComparable(r)))
                            .append('\n'));
        }
        if (!report.skipped().isEmpty()) {
            out.append("\n## Skipped files\n\n");
            report.skipped()
                    .forEach(s -> out.append("- `")
                            .append(s.file())
                            .append("`: ")
                            .append(cell(s.reason()))
                            .append('\n'));
        }
        return out.toString();
    }

    private static void metric(StringBuilder out, FleetReport.Metric metric) {
        out.append("\n### ")
                .append(metric.workload())
                .append(' ')
                .append(metric.name())
                .append("\n\n")
                .append(FleetFigures.spread(metric))
                .append(" (")
                .append(metric.better())
                .append(" is better).");
        String latency = FleetFigures.latency(metric);
        out.append(latency.isEmpty() ? "" : " Latency of " + latency + ".").append("\n\n");
        out.append("| host | group | median | 95% CI | outlier |\n|---|---|---:|---:|---|\n");
        for (FleetReport.HostValue host : metric.hosts()) {
            out.append("| ")
                    .append(host.host())
                    .append(" | ")
                    .append(host.group())
                    .append(" | ")
                    .append(FleetFigures.value(host.median(), metric.unit()))
                    .append(" | ")
                    .append(FleetFigures.ci(host, metric.unit()))
                    .append(" | ")
                    .append(host.outlier() ? "**outlier**" : "")
                    .append(" |\n");
        }
    }

    private static void matrix(StringBuilder out, FleetReport.Matrix matrix) {
        out.append("\n### ")
                .append(matrix.workload())
                .append(' ')
                .append(matrix.metric())
                .append("\n\nRow: the host that ran; column: its peer.\n\n| |");
        matrix.to().forEach(to -> out.append(' ').append(to).append(" |"));
        out.append("\n|---|").append("---:|".repeat(matrix.to().size())).append('\n');
        var cells = FleetFigures.cells(matrix);
        for (String from : matrix.from()) {
            out.append("| ").append(from).append(" |");
            matrix.to()
                    .forEach(to -> out.append(' ')
                            .append(FleetText.cell(matrix, cells, from, to))
                            .append(" |"));
            out.append('\n');
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
