package io.benchctl.history.trend;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * An HTML page of trend charts: one section per series with its {@link TrendSvg} chart (which
 * carries the series' label) and its change points as a list. Self-contained (inline SVG and style, no scripts, nothing fetched)
 * so it can be attached to a CI job or mailed; well-formed XML, so it also parses as XHTML.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class TrendPage {

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
            h1 { font-size: 1.3em; }
            p.source { color: #555; } section { margin-top: 1.2em; }
            svg.trend { display: block; max-width: 100%; height: auto; }
            svg.trend text { font-size: 11px; } svg.trend text.title { font-size: 12px; font-weight: 600; }
            ul.changes { margin: 0.3em 0; } li.regression { color: #cb181d; } li.improvement { color: #238b45; }
            """;

    private TrendPage() {}

    /**
     * The page.
     *
     * @param source what the series come from, shown under the title (e.g. the history's path)
     * @param series the series to draw, in this order; each needs at least one point
     */
    public static String render(String source, List<TrendSeries> series) {
        StringBuilder html = new StringBuilder(8192 + 8192 * series.size());
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>")
                .append("<meta charset=\"utf-8\"/><title>benchctl trends</title><style>")
                .append(STYLE)
                .append("</style></head>\n<body>\n<h1>benchctl trends</h1>\n<p class=\"source\">")
                .append(TrendSvg.escape(source))
                .append(": ")
                .append(series.size())
                .append(" series. Line: each run's median; band: its 95 % confidence interval;")
                .append(" dashed lines: change points (red a regression, green an improvement).</p>\n");
        for (TrendSeries s : series) {
            html.append("<section>\n").append(TrendSvg.render(s)).append('\n');
            List<String> changes = Sparkline.changes(s);
            if (!changes.isEmpty()) {
                html.append("<ul class=\"changes\">");
                for (int i = 0; i < changes.size(); i++) {
                    boolean regression = s.isRegression(s.changePoints().get(i));
                    html.append("<li class=\"")
                            .append(regression ? "regression" : "improvement")
                            .append("\">")
                            .append(TrendSvg.escape(changes.get(i)))
                            .append("</li>");
                }
                html.append("</ul>\n");
            }
            html.append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }
}
