package io.benchctl.plugins.html;

import io.benchctl.api.report.ReportContext;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.pf4j.Extension;

/**
 * Writes {@code <runId>.html}: one self-contained page (inline CSS and SVG, no scripts, no
 * fetches) that reads the same in any browser, offline, and survives being mailed around.
 */
@Extension
public final class HtmlReporter implements Reporter {

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String description() {
        return "self-contained HTML page with SVG charts";
    }

    @Override
    public void write(RunResult result, ReportContext context) throws IOException {
        byte[] html = HtmlDocument.render(result).getBytes(StandardCharsets.UTF_8);
        var written = context.writeAtomically(result.runId() + ".html", html);
        if (!context.quiet()) {
            context.console().println("html: " + written);
        }
    }
}
