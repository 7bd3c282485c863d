package io.benchctl.plugins.parity;

import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.RunResult;
import io.benchctl.testkit.reporter.FolderReportContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** One run rendered by every reporter found through {@code META-INF/services}, as the host finds them. */
record RenderedRun(Map<String, Reporter> reporters, Path folder, String console) {

    static RenderedRun render(RunResult result, Path folder) throws IOException {
        Map<String, Reporter> reporters = new LinkedHashMap<>();
        ServiceLoader.load(Reporter.class).forEach(reporter -> reporters.put(reporter.id(), reporter));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        FolderReportContext context =
                FolderReportContext.in(folder, new PrintStream(console, true, StandardCharsets.UTF_8));
        for (Reporter reporter : reporters.values()) {
            reporter.write(result, context);
        }
        return new RenderedRun(reporters, folder, console.toString(StandardCharsets.UTF_8));
    }

    String file(String runId, String suffix) throws IOException {
        return Files.readString(folder.resolve(runId + suffix));
    }
}
