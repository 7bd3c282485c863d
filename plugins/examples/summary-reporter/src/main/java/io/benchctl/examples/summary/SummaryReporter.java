package io.benchctl.examples.summary;

import io.benchctl.api.report.ReportContext;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.pf4j.Extension;

/**
 * Writes {@code <runId>.summary.txt}: one line per workload with its status and headline figure,
 * and prints the same lines on the console unless the user asked for quiet output. A whole
 * reporter: an id, a description and {@link #write}; live events are not needed, so the
 * default no-op listener stays.
 */
@Extension
public final class SummaryReporter implements Reporter {

    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String description() {
        return "one line per workload: status and headline metric (example plugin)";
    }

    @Override
    public void write(RunResult result, ReportContext context) throws IOException {
        String text = SummaryLines.of(result);
        Path written = context.writeAtomically(result.runId() + ".summary.txt", text.getBytes(StandardCharsets.UTF_8));
        if (!context.quiet()) {
            context.console().print(text);
            context.console().println("summary: " + written);
        }
    }
}
