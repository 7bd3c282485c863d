package io.benchctl.testkit.reporter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.report.ReportContext;
import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.result.AtomicFiles;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * A real {@link ReportContext} over a folder: files are written to a temporary name and renamed,
 * JSON comes from the runtime's canonical codec, console output goes where the test says.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public record FolderReportContext(Path outputDirectory, PrintStream console, boolean quiet, boolean interactiveAllowed)
        implements ReportContext {

    /** A non-quiet, non-interactive context writing to {@code folder}. */
    public static FolderReportContext in(Path folder, PrintStream console) {
        return new FolderReportContext(folder, console, false, false);
    }

    @Override
    public byte[] toJson(RunResult result) {
        return ResultCodec.toJson(result);
    }

    @Override
    public Path writeAtomically(String fileName, byte[] content) throws IOException {
        return AtomicFiles.write(outputDirectory.resolve(fileName), content);
    }
}
