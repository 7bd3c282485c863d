package io.benchctl.plugins.html;

import static io.benchctl.plugins.html.Xml.text;

import io.benchctl.api.report.WarningGroups;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import java.util.List;

/**
 * Warnings where a reader wants them: one summary line at the top that links to the warned
 * workloads, and beside each workload's rows one line per warning code naming the metrics it
 * touches. Results come first; a run with 45 per-metric warnings no longer pushes its first
 * chart off the screen.
 */
final class WarningLines {

    private WarningLines() {}

    /** The anchor of a workload's warning lines; ids are unique within a run. */
    static String anchor(String workloadId) {
        return "warnings-" + workloadId.replaceAll("[^A-Za-z0-9_-]+", "-");
    }

    /**
     * {@code 12 warnings on 7 workloads: noisy-host ×5, … — cpu: int, hash; disk: seq-read}, each
     * workload a link to its warning lines; nothing on a clean run.
     */
    static void summary(StringBuilder out, RunResult result) {
        WarningGroups.Tally tally = WarningGroups.tally(result);
        List<WorkloadResult> notOk = result.tests() == null
                ? List.of()
                : result.tests().stream()
                        .filter(t -> t.status() != WorkloadStatus.OK)
                        .toList();
        if (tally.isEmpty() && notOk.isEmpty()) {
            return;
        }
        out.append("<p class=\"warnings-summary\" id=\"warnings-summary\">");
        if (!tally.isEmpty()) {
            out.append(tally.warnings())
                    .append(tally.warnings() == 1 ? " warning on " : " warnings on ")
                    .append(tally.workloads().size())
                    .append(tally.workloads().size() == 1 ? " workload: " : " workloads: ")
                    .append(text(tally.codes()))
                    .append(" — ");
            String module = null;
            for (WorkloadResult test : result.tests()) {
                if (!tally.workloads().contains(test.id())) {
                    continue;
                }
                if (!test.module().equals(module)) {
                    out.append(module == null ? "" : "; ")
                            .append(text(test.module()))
                            .append(": ");
                    module = test.module();
                } else {
                    out.append(", ");
                }
                out.append("<a href=\"#")
                        .append(anchor(test.id()))
                        .append("\">")
                        .append(text(test.variant()))
                        .append("</a>");
            }
            out.append(". ");
        }
        if (!notOk.isEmpty()) {
            out.append("<a href=\"#failures\">")
                    .append(notOk.size())
                    .append(notOk.size() == 1 ? " workload" : " workloads")
                    .append(" failed or skipped</a>.");
        }
        out.append("</p>\n");
    }

    /** A table row under the workload's metric rows, one line per code; nothing without warnings. */
    static void row(StringBuilder out, WorkloadResult test, int columns) {
        List<WarningGroups.Group> groups = WarningGroups.of(test);
        if (groups.isEmpty()) {
            return;
        }
        out.append("<tr class=\"warnings\" id=\"")
                .append(anchor(test.id()))
                .append("\"><td colspan=\"")
                .append(columns)
                .append("\">");
        list(out, test, groups);
        out.append("</td></tr>");
    }

    /** Under a failed or skipped workload: its warning lines, where the summary's link lands. */
    static void block(StringBuilder out, WorkloadResult test) {
        List<WarningGroups.Group> groups = WarningGroups.of(test);
        if (groups.isEmpty()) {
            return;
        }
        out.append("<div id=\"").append(anchor(test.id())).append("\">");
        list(out, test, groups);
        out.append("</div>\n");
    }

    private static void list(StringBuilder out, WorkloadResult test, List<WarningGroups.Group> groups) {
        out.append("<ul class=\"warnings\">");
        for (WarningGroups.Group group : groups) {
            out.append("<li><code>").append(text(group.code())).append("</code> ");
            out.append(
                    group.metrics().isEmpty()
                            ? "on <strong>" + text(test.variant()) + "</strong>"
                            : "on "
                                    + String.join(
                                            ", ",
                                            group.metrics().stream()
                                                    .map(m -> "<strong>" + text(m) + "</strong>")
                                                    .toList()));
            if (group.messages().size() == 1) {
                out.append(": <span class=\"why\">")
                        .append(text(group.messages().getFirst()))
                        .append("</span>");
            } else {
                out.append(" <details><summary>")
                        .append(group.messages().size())
                        .append(" messages</summary><ul>");
                group.messages().forEach(m -> out.append("<li>").append(text(m)).append("</li>"));
                out.append("</ul></details>");
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }
}
