package io.benchctl.plugins.markdown;

import io.benchctl.api.report.Formats;
import io.benchctl.api.report.WarningGroups;
import io.benchctl.api.result.BaselineComparison;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a run as GitHub-flavoured Markdown; every figure comes from {@link Formats}. */
final class MarkdownDocument {

    private final RunResult result;
    private final StringBuilder out = new StringBuilder();

    private MarkdownDocument(RunResult result) {
        this.result = result;
    }

    static String render(RunResult result) {
        return new MarkdownDocument(result).render();
    }

    private String render() {
        summary();
        warningSummary();
        comparison();
        modules();
        ConditionsSection.append(out, tests());
        failures();
        host();
        profile();
        return out.toString();
    }

    private void summary() {
        List<WorkloadResult> tests = tests();
        long ok = tests.stream().filter(t -> t.status() == WorkloadStatus.OK).count();
        out.append("# benchctl run `")
                .append(result.name())
                .append("`: ")
                .append(result.status().name().toLowerCase(Locale.ROOT))
                .append("\n\n");
        out.append(String.format(
                Locale.ROOT,
                "%d of %d workloads ok. Run `%s`, %s to %s",
                ok,
                tests.size(),
                result.runId(),
                result.startedAt(),
                result.finishedAt()));
        if (result.benchctl() != null) {
            out.append(", benchctl ")
                    .append(result.benchctl().version())
                    .append(" (")
                    .append(result.benchctl().gitCommit())
                    .append(')');
        }
        out.append(".\n\n");
    }

    /** With {@code run --baseline}: every compared metric's verdict, regressions in bold. */
    private void comparison() {
        BaselineComparison comparison = result.comparison();
        if (comparison == null) {
            return;
        }
        out.append("## Compared with baseline\n\n")
                .append("Baseline `")
                .append(comparison.baselineFile())
                .append("`, threshold ")
                .append(Formats.thresholdPercent(comparison.thresholdPercent()))
                .append(": ")
                .append(comparison.with(BaselineComparison.Verdict.REGRESSED).size())
                .append(" regressed, ")
                .append(comparison.with(BaselineComparison.Verdict.IMPROVED).size())
                .append(" improved.\n\n");
        comparison
                .notComparable()
                .forEach(d -> out.append("> Not comparable: ").append(d).append("\n"));
        if (!comparison.notComparable().isEmpty()) {
            out.append('\n');
        }
        Table table = new Table("metric", "verdict", "Δ:", "p:", "why");
        for (BaselineComparison.MetricVerdict m : comparison.metrics()) {
            String verdict = m.verdict().name().toLowerCase(Locale.ROOT);
            table.row(
                    "`" + m.key() + "`",
                    m.verdict() == BaselineComparison.Verdict.REGRESSED ? "**" + verdict + "**" : verdict,
                    Formats.signedPercent(m.deltaPercent()),
                    m.p() == null ? "" : String.format(Locale.ROOT, "%.3g", m.p()),
                    m.reason());
        }
        table.appendTo(out);
    }

    private void host() {
        if (result.host() == null || result.host().isEmpty()) {
            return;
        }
        out.append("## Host\n\n");
        Table table = new Table("fact", "value");
        if (result.hostId() != null) {
            table.row("id", result.hostId());
        }
        Formats.flatten(result.host()).forEach((key, value) -> table.row(key, value));
        table.appendTo(out);
    }

    private void modules() {
        Map<String, List<WorkloadResult>> byModule = new LinkedHashMap<>();
        for (WorkloadResult test : tests()) {
            if (test.status() == WorkloadStatus.OK) {
                byModule.computeIfAbsent(test.module(), m -> new java.util.ArrayList<>())
                        .add(test);
            }
        }
        byModule.forEach(this::module);
    }

    private void module(String module, List<WorkloadResult> tests) {
        out.append("## ").append(module).append("\n\n");
        Table aggregates = metricTable();
        Table threads = metricTable();
        for (WorkloadResult test : tests) {
            Formats.aggregates(test).forEach(metric -> metricRow(aggregates, test, metric));
            Formats.perThread(test).forEach(metric -> metricRow(threads, test, metric));
        }
        aggregates.appendTo(out);
        warnings(tests);
        if (!threads.isEmpty()) {
            out.append("<details><summary>Per-thread figures</summary>\n\n");
            threads.appendTo(out);
            out.append("</details>\n\n");
        }
    }

    private static Table metricTable() {
        return new Table("workload", "metric", "value:", "unit", "±95% CI:", "p99:", "CV:");
    }

    private static void metricRow(Table table, WorkloadResult test, MetricResult metric) {
        Formats.Quantity value = Formats.value(metric);
        table.row(
                "`" + test.variant() + "`",
                Formats.label(metric),
                value.number(),
                value.unit(),
                Formats.ciHalfWidth(metric),
                Formats.p99(metric),
                Formats.cv(metric));
    }

    /** One line: how many warnings, of which codes, on which workloads (by module, linked to its table). */
    private void warningSummary() {
        WarningGroups.Tally tally = WarningGroups.tally(result);
        if (tally.isEmpty()) {
            return;
        }
        out.append("> ⚠ ")
                .append(tally.warnings())
                .append(tally.warnings() == 1 ? " warning on " : " warnings on ")
                .append(tally.workloads().size())
                .append(tally.workloads().size() == 1 ? " workload: " : " workloads: ")
                .append(tally.codes())
                .append(" — ");
        Map<String, List<String>> byModule = new LinkedHashMap<>();
        tests().stream()
                .filter(t -> tally.workloads().contains(t.id()))
                .forEach(t -> byModule.computeIfAbsent(t.module(), m -> new java.util.ArrayList<>())
                        .add(t.variant()));
        out.append(String.join(
                        "; ",
                        byModule.entrySet().stream()
                                .map(e -> "[" + e.getKey() + "](#" + anchor(e.getKey()) + "): "
                                        + String.join(", ", e.getValue()))
                                .toList()))
                .append("\n\n");
    }

    /** Under a module's table: per workload, one line per warning code naming the metrics it touches. */
    private void warnings(List<WorkloadResult> tests) {
        StringBuilder lines = new StringBuilder();
        for (WorkloadResult test : tests) {
            for (WarningGroups.Group group : WarningGroups.of(test)) {
                lines.append("- ⚠ `")
                        .append(test.variant())
                        .append("` **")
                        .append(group.code())
                        .append("**");
                if (!group.metrics().isEmpty()) {
                    lines.append(" on ").append(String.join(", ", group.metrics()));
                }
                lines.append(": ")
                        .append(Table.escape(String.join(" · ", group.messages())))
                        .append('\n');
            }
        }
        if (!lines.isEmpty()) {
            out.append(lines).append('\n');
        }
    }

    /** GitHub's anchor for a heading: lower case, spaces to dashes, punctuation dropped. */
    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }

    private void failures() {
        Table table = new Table("workload", "status", "phase", "code", "reason");
        for (WorkloadResult test : tests()) {
            if (test.status() != WorkloadStatus.OK) {
                var error = test.error();
                table.row(
                        test.id(),
                        test.status().name().toLowerCase(Locale.ROOT),
                        error == null ? "" : error.phase().id(),
                        error == null ? "" : error.code().id(),
                        error == null ? "" : error.message());
            }
        }
        if (!table.isEmpty()) {
            out.append("## Failed and skipped workloads\n\n");
            table.appendTo(out);
            warnings(tests().stream()
                    .filter(t -> t.status() != WorkloadStatus.OK)
                    .toList());
        }
    }

    private void profile() {
        if (result.profile() == null || result.profile().isEmpty()) {
            return;
        }
        out.append("<details><summary>Effective profile</summary>\n\n```toml\n")
                .append(TomlText.render(result.profile()))
                .append("```\n\n</details>\n");
    }

    private List<WorkloadResult> tests() {
        return result.tests() == null ? List.of() : result.tests();
    }
}
