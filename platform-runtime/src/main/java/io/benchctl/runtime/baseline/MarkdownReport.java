package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.report.Formats;
import org.apiguardian.api.API;

/** The comparison as GitHub-flavoured Markdown (also what goes to {@code $GITHUB_STEP_SUMMARY}). */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MarkdownReport {

    private MarkdownReport() {}

    public static String render(CompareReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## benchctl baseline comparison\n\n");
        out.append("Baseline `")
                .append(report.baselineFile())
                .append("` vs `")
                .append(report.resultFile())
                .append("`, threshold ")
                .append(Figures.threshold(report.thresholdPercent()))
                .append(": **")
                .append(TextReport.summaryLine(report))
                .append("**\n\n");
        for (Comparability.Difference d : report.comparability()) {
            out.append("> ⚠️ Not comparable: ").append(cell(d.describe())).append("\n");
        }
        if (!report.comparability().isEmpty()) {
            out.append('\n');
        }
        if (!report.metrics().isEmpty()) {
            out.append("| Metric | Baseline | Current | Δ | 95% CI | p | PSI | Verdict | Why |\n");
            out.append("|---|---:|---:|---:|---:|---:|---:|---|---|\n");
            for (MetricComparison m : report.metrics()) {
                out.append("| `")
                        .append(cell(m.key()))
                        .append("` | ")
                        .append(Formats.withUnit(m.baselineMedian(), m.unit()))
                        .append(" | ")
                        .append(Formats.withUnit(m.currentMedian(), m.unit()))
                        .append(" | ")
                        .append(Figures.percent(m.deltaPercent()))
                        .append(" | ")
                        .append(Figures.interval(m))
                        .append(" | ")
                        .append(Figures.number(m.mannWhitneyP()))
                        .append(" | ")
                        .append(m.psi() == null ? "–" : Figures.number(m.psi()))
                        .append(" | ")
                        .append(
                                m.verdict() == Verdict.REGRESSED
                                        ? "**" + Figures.verdict(m.verdict()) + "**"
                                        : Figures.verdict(m.verdict()))
                        .append(" | ")
                        .append(cell(m.reason()))
                        .append(" |\n");
            }
            out.append('\n');
        }
        report.onlyInBaseline()
                .forEach(
                        k -> out.append("- only in baseline: `").append(cell(k)).append("`\n"));
        report.onlyInCurrent()
                .forEach(k -> out.append("- only in current: `").append(cell(k)).append("`\n"));
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
