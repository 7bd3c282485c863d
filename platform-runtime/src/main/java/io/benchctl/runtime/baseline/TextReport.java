package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.report.Formats;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** The comparison as an aligned plain-text table for a terminal or a CI log. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TextReport {

    private static final List<String> HEADER =
            List.of("METRIC", "BASELINE", "CURRENT", "DELTA", "95% CI", "P", "PSI", "VERDICT", "WHY");

    private TextReport() {}

    public static String render(CompareReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Baseline ")
                .append(report.baselineFile())
                .append(" vs ")
                .append(report.resultFile())
                .append(" (threshold ")
                .append(Figures.threshold(report.thresholdPercent()))
                .append(")\n");
        for (Comparability.Difference d : report.comparability()) {
            out.append("warning: not comparable: ").append(d.describe()).append('\n');
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (MetricComparison m : report.metrics()) {
            rows.add(List.of(
                    m.key(),
                    Formats.withUnit(m.baselineMedian(), m.unit()),
                    Formats.withUnit(m.currentMedian(), m.unit()),
                    Figures.percent(m.deltaPercent()),
                    Figures.interval(m),
                    Figures.number(m.mannWhitneyP()),
                    m.psi() == null ? "-" : Figures.number(m.psi()),
                    Figures.verdict(m.verdict()),
                    m.reason()));
        }
        int[] widths = new int[HEADER.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                boolean numeric = i >= 1 && i <= 6;
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(numeric ? pad + cell : cell + pad).append(i < row.size() - 1 ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        report.onlyInBaseline()
                .forEach(k -> out.append("only in baseline: ").append(k).append('\n'));
        report.onlyInCurrent()
                .forEach(k -> out.append("only in current:  ").append(k).append('\n'));
        out.append(summaryLine(report)).append('\n');
        return out.toString();
    }

    /** E.g. {@code 1 regressed, 12 unchanged, 2 inconclusive, 0 improved; 1 only in baseline}. */
    static String summaryLine(CompareReport report) {
        CompareReport.Summary s = report.summary();
        return s.regressed() + " regressed, " + s.improved() + " improved, " + s.unchanged() + " unchanged, "
                + s.inconclusive() + " inconclusive; " + report.onlyInBaseline().size() + " only in baseline, "
                + report.onlyInCurrent().size() + " only in current";
    }
}
