package io.benchctl.plugins.json;

import io.benchctl.api.report.ReportContext;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import org.pf4j.Extension;

/**
 * Writes {@code <runId>.json} (and {@code latest.json}) in the output folder, atomically. The
 * encoding is the host's canonical one, so `benchctl report` and `baseline` read back exactly
 * what was written.
 */
@Extension
public final class JsonReporter implements Reporter {

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String description() {
        return "result document as JSON (schemas/result.schema.json)";
    }

    @Override
    public void write(RunResult result, ReportContext context) throws IOException {
        byte[] json = context.toJson(result);
        Path written = context.writeAtomically(result.runId() + ".json", json);
        context.writeAtomically("latest.json", json);
        if (!context.quiet()) {
            context.console().println("json: " + written);
        }
    }
}
