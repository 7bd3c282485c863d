package io.benchctl.runtime.fleet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The fleet report as one self-contained HTML page (inline style, no script, nothing fetched).
 * The markup is well-formed XML, so tools can parse it as such.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FleetHtml {

    private static final String STYLE = """
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#1d2329;max-width:1150px}
            h1{margin:0 0 4px}h2{margin:28px 0 8px;border-bottom:1px solid #d0d7de}h3{margin:18px 0 4px;font-size:15px}
            table{border-collapse:collapse;margin:6px 0}td,th{padding:3px 10px;border:1px solid #d0d7de;text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}th{background:#f3f5f7}
            tr.outlier td{background:#ffe3e0;font-weight:600}.rule,.fig{color:#57606a}
            .bar{display:inline-block;height:9px;background:#8fb8de;vertical-align:middle}
            tr.outlier .bar{background:#d9534f}.ok{color:#1a7f37}.bad{color:#cf222e;font-weight:600}
            table.heatmap td{min-width:90px;text-align:center}table.heatmap td.missing{background:#ffe3e0;color:#a40e26}""";

    private FleetHtml() {}

    public static String render(FleetReport report) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>");
        out.append("<title>Fleet report</title><style>").append(STYLE).append("</style></head><body>\n");
        out.append("<h1>Fleet report</h1><p>")
                .append(esc(FleetFigures.summary(report)))
                .append("</p>");
        out.append("<p class=\"rule\">").append(esc(FleetFigures.rule(report))).append("</p>\n");
        out.append("<h2 id=\"outliers\">Outlier hosts</h2>");
        if (report.outliers().isEmpty()) {
            out.append("<p class=\"ok\">None.</p>");
        } else {
            out.append("<ul>");
            report.outliers()
                    .forEach(o -> out.append("<li class=\"bad\">")
                            .append(esc(FleetFigures.outlier(o)))
                            .append("</li>"));
            out.append("</ul>");
        }
        out.append(
                "\n<h2 id=\"groups\">Hardware groups</h2><table><tr><th>group</th><th>hardware</th><th>hosts</th></tr>");
        for (FleetReport.Group group : report.groups()) {
            out.append("<tr><td>")
                    .append(group.id())
                    .append("</td><td>")
                    .append(esc(FleetFigures.group(group)))
                    .append("</td><td>")
                    .append(esc(String.join(", ", group.hosts())))
                    .append("</td></tr>");
        }
        out.append("</table>\n");
        list(out, "unfinished", "Runs that did not finish ok", FleetFigures.unfinished(report));
        if (!report.network().isEmpty()) {
            out.append(
                    "<h2 id=\"network\">Network matrix</h2><p class=\"fig\">Row: the host that ran; column: its peer."
                            + " Green is better, red worse, within each table.</p>\n");
            report.network().forEach(matrix -> matrix(out, matrix));
        }
        plan(out, FleetFigures.plan(report));
        out.append("<h2 id=\"metrics\">Metrics</h2>\n");
        report.metrics().forEach(metric -> metric(out, metric));
        list(
                out,
                "not-comparable",
                "Not comparable (kept apart)",
                report.notComparable().stream().map(FleetFigures::notComparable).toList());
        list(
                out,
                "skipped",
                "Skipped files",
                report.skipped().stream().map(s -> s.file() + ": " + s.reason()).toList());
        return out.append("</body></html>\n").toString();
    }

    private static void metric(StringBuilder out, FleetReport.Metric metric) {
        out.append("<h3>")
                .append(esc(metric.workload() + " " + metric.name()))
                .append("</h3><p class=\"fig\">")
                .append(esc(FleetFigures.spread(metric) + " (" + metric.better() + " is better)"));
        String latency = FleetFigures.latency(metric);
        if (!latency.isEmpty()) {
            out.append("<br/>Latency of ").append(esc(latency));
        }
        out.append("</p><table><tr><th>host</th><th>group</th><th>median</th><th>95% CI</th><th></th><th></th></tr>");
        double max = metric.fleet().max();
        for (FleetReport.HostValue host : metric.hosts()) {
            long width = max > 0 ? Math.round(160 * host.median() / max) : 0;
            out.append(host.outlier() ? "<tr class=\"outlier\">" : "<tr>")
                    .append("<td>")
                    .append(esc(host.host()))
                    .append("</td><td>")
                    .append(host.group())
                    .append("</td><td class=\"num\">")
                    .append(esc(FleetFigures.value(host.median(), metric.unit())))
                    .append("</td><td class=\"num\">")
                    .append(esc(FleetFigures.ci(host, metric.unit())))
                    .append("</td><td><span class=\"bar\" style=\"width:")
                    .append(Math.max(width, 1))
                    .append("px\"></span></td><td>")
                    .append(host.outlier() ? "outlier" : "")
                    .append("</td></tr>");
        }
        out.append("</table>\n");
    }

    private static void matrix(StringBuilder out, FleetReport.Matrix matrix) {
        double min = matrix.cells().stream()
                .mapToDouble(FleetReport.Cell::median)
                .min()
                .orElse(0);
        double max = matrix.cells().stream()
                .mapToDouble(FleetReport.Cell::median)
                .max()
                .orElse(0);
        Map<String, Double> cells = FleetFigures.cells(matrix);
        out.append("<h3>")
                .append(esc(matrix.workload() + " " + matrix.metric()))
                .append("</h3>");
        out.append("<table class=\"heatmap\"><tr><th>from \\ to</th>");
        matrix.to().forEach(to -> out.append("<th>").append(esc(to)).append("</th>"));
        out.append("</tr>");
        for (String from : matrix.from()) {
            out.append("<tr><th>").append(esc(from)).append("</th>");
            for (String to : matrix.to()) {
                Double median = cells.get(from + "\n" + to);
                if (median == null) {
                    out.append(
                            FleetFigures.missing(matrix, from, to)
                                    ? "<td class=\"missing\">missing</td>"
                                    : "<td>–</td>");
                    continue;
                }
                double goodness = max > min ? (median - min) / (max - min) : 1;
                if ("lower".equals(matrix.better())) {
                    goodness = 1 - goodness;
                }
                out.append("<td style=\"background:hsl(")
                        .append(String.format(Locale.ROOT, "%.0f", 120 * goodness))
                        .append(",65%,80%)\">")
                        .append(esc(FleetFigures.value(median, matrix.unit())))
                        .append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</table>\n");
    }

    /** The plan's heading, then its pairs without a figure. */
    private static void plan(StringBuilder out, List<String> plan) {
        if (plan.isEmpty()) {
            return;
        }
        out.append("<h2 id=\"plan\">").append(esc(plan.getFirst())).append("</h2>");
        if (plan.size() > 1) {
            out.append("<ul>");
            plan.subList(1, plan.size())
                    .forEach(pair -> out.append("<li>").append(esc(pair)).append("</li>"));
            out.append("</ul>");
        }
        out.append('\n');
    }

    private static void list(StringBuilder out, String id, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append("<h2 id=\"").append(id).append("\">").append(esc(title)).append("</h2><ul>");
        lines.forEach(line -> out.append("<li>").append(esc(line)).append("</li>"));
        out.append("</ul>\n");
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
