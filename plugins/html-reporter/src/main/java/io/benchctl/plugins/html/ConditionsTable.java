package io.benchctl.plugins.html;

import static io.benchctl.plugins.html.Xml.text;

import io.benchctl.api.result.ConditionSignal;
import io.benchctl.api.result.WorkloadResult;
import java.util.List;
import java.util.Locale;

/**
 * A module's host conditions: per workload, the signals that most often explain a skewed figure
 * as median (largest); a signal the host does not offer reads "n/a" with the reason as its title.
 */
final class ConditionsTable {
    static final List<String> SHOWN = List.of(
            "steal", "background-cpu", "run-queue", "cpu-frequency", "cgroup-throttled", "disk-other-io", "swap-out");

    private ConditionsTable() {}

    static void append(StringBuilder out, List<WorkloadResult> tests) {
        List<WorkloadResult> watched =
                tests.stream().filter(t -> t.conditions() != null).toList();
        if (watched.isEmpty()) {
            return;
        }
        out.append("<h3>Host conditions</h3>\n<table class=\"conditions\"><tr><th>workload</th>");
        for (String name : SHOWN) {
            ConditionSignal first = watched.getFirst().conditions().signal(name);
            out.append("<th>")
                    .append(text(name + (first == null ? "" : " (" + first.unit() + ")")))
                    .append("</th>");
        }
        out.append("</tr>\n");
        for (WorkloadResult test : watched) {
            out.append("<tr><td>").append(text(test.variant())).append("</td>");
            for (String name : SHOWN) {
                out.append(cell(test.conditions().signal(name)));
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private static String cell(ConditionSignal signal) {
        if (signal == null) {
            return "<td>n/a</td>";
        }
        if (!signal.available()) {
            return "<td title=\"" + text(signal.unavailableReason()) + "\">n/a</td>";
        }
        return "<td class=\"num\" title=\"" + text(signal.source()) + "\">" + number(signal.median()) + " ("
                + number(signal.max()) + ")</td>";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e12
                ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
