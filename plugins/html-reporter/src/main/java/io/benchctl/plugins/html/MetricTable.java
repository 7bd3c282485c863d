package io.benchctl.plugins.html;

import static io.benchctl.plugins.html.Xml.text;

import io.benchctl.api.report.Formats;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.WorkloadResult;
import java.util.List;

/**
 * The figures behind a module's charts, aggregates first, then the per-thread breakdown, then the
 * workload's warning lines.
 */
final class MetricTable {

    private static final int COLUMNS = 7;

    private MetricTable() {}

    static void append(StringBuilder out, List<WorkloadResult> tests) {
        out.append("<table><thead><tr><th>workload</th><th>metric</th><th>value</th><th>±95% CI</th><th>p99</th>")
                .append("<th>CV</th><th>best</th></tr></thead><tbody>");
        for (WorkloadResult test : tests) {
            Formats.aggregates(test).forEach(metric -> row(out, test, metric));
            Formats.perThread(test).forEach(metric -> row(out, test, metric));
            WarningLines.row(out, test, COLUMNS);
        }
        out.append("</tbody></table>\n");
    }

    private static void row(StringBuilder out, WorkloadResult test, MetricResult metric) {
        Formats.Quantity value = Formats.value(metric);
        out.append("<tr><td><code>")
                .append(text(test.variant()))
                .append("</code></td><td>")
                .append(text(Formats.label(metric)))
                .append("</td>");
        cell(out, value.toString());
        cell(out, Formats.ciHalfWidth(metric).isEmpty() ? "" : Formats.ciHalfWidth(metric) + " " + value.unit());
        cell(out, Formats.p99(metric));
        cell(out, Formats.cv(metric));
        cell(out, Formats.withUnit(metric.best(), metric.unit()));
        out.append("</tr>");
    }

    private static void cell(StringBuilder out, String figure) {
        out.append("<td class=\"num\">").append(text(figure)).append("</td>");
    }
}
