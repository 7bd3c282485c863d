package io.benchctl.runtime.cli;

import io.benchctl.history.changepoint.ChangePointDetector;
import io.benchctl.history.changepoint.ChangePointOptions;
import io.benchctl.history.store.HistoryStore;
import io.benchctl.history.trend.Sparkline;
import io.benchctl.history.trend.TrendPage;
import io.benchctl.history.trend.TrendSeries;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code benchctl history trend}: every series as a sparkline with its change points (text,
 * Markdown) or as one chart per series in a self-contained HTML page. Change points are found
 * over the whole series, with the default options of {@code history check}.
 */
@Command(
        name = "trend",
        description = "Draw every series with its change points: sparklines (text, markdown) or an HTML page.",
        mixinStandardHelpOptions = true)
final class HistoryTrendCommand extends HistorySubcommand {

    /** Runs a sparkline shows unless {@code --last} says otherwise: about a terminal's width. */
    static final int DEFAULT_SPARKLINE_RUNS = 60;

    enum Format {
        text,
        markdown,
        html
    }

    @Option(
            names = "--metric",
            paramLabel = "GLOB",
            description = "Only metrics whose name or workload/name matches (* any text, ? one character).")
    String metricGlob;

    @Option(names = "--host", paramLabel = "ID", description = "Only this host's series.")
    String host;

    @Option(names = "--format", paramLabel = "text|markdown|html", description = "text (default), markdown or html.")
    Format format = Format.text;

    @Option(
            names = "--last",
            paramLabel = "N",
            description = "Draw the newest N runs of each series (default: " + DEFAULT_SPARKLINE_RUNS
                    + " for text and markdown, all for html).")
    Integer last;

    @Mixin
    OutputFileOptions output = new OutputFileOptions();

    @Override
    boolean createsDatabase() {
        return false;
    }

    @Override
    int run(HistoryStore store) {
        if (last != null && last < 1) {
            throw new UserException(ExitCodes.USAGE, "--last must be at least 1, not " + last);
        }
        output.checkWritable();
        int runs = last != null ? last : format == Format.html ? Integer.MAX_VALUE : DEFAULT_SPARKLINE_RUNS;
        ChangePointDetector detector = new ChangePointDetector(ChangePointOptions.DEFAULTS);
        List<TrendSeries> series = AnalysedSeries.select(store, host, metricGlob, detector).stream()
                .map(s -> s.trend(runs))
                .toList();
        String page = switch (format) {
            case text -> text(series);
            case markdown -> markdown(series);
            case html -> TrendPage.render(store.location().shown(), series);
        };
        output.write(page, series.size() + " series", out(), err());
        return ExitCodes.OK;
    }

    /** Per series: its label, the sparkline, {@code ^} under each change point, one line per change. */
    private static String text(List<TrendSeries> series) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        for (TrendSeries s : series) {
            out.printf("%s (%s, %d runs)%n", s.label(), s.unit(), s.points().size());
            out.println("  " + Sparkline.line(s, s.points().size()));
            String markers = Sparkline.markers(s, s.points().size());
            if (!markers.isEmpty()) {
                out.println("  " + markers);
            }
            Sparkline.changes(s).forEach(change -> out.println("  " + change));
        }
        out.flush();
        return text.toString();
    }

    /** Per series: a heading, the sparkline and markers in a code block, the changes as a list. */
    private static String markdown(List<TrendSeries> series) {
        StringBuilder md = new StringBuilder();
        for (TrendSeries s : series) {
            md.append("#### ")
                    .append(s.label().replace("|", "\\|"))
                    .append(" (")
                    .append(s.unit())
                    .append(", ")
                    .append(s.points().size())
                    .append(" runs)\n\n```text\n")
                    .append(Sparkline.line(s, s.points().size()))
                    .append('\n');
            String markers = Sparkline.markers(s, s.points().size());
            if (!markers.isEmpty()) {
                md.append(markers).append('\n');
            }
            md.append("```\n\n");
            List<String> changes = Sparkline.changes(s);
            changes.forEach(change -> md.append("- ").append(change).append('\n'));
            md.append(changes.isEmpty() ? "No change points.\n\n" : "\n");
        }
        return md.toString();
    }
}
