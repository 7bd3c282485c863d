package io.benchctl.runtime.orchestrator;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.report.ReportContext;
import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.result.AtomicFiles;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apiguardian.api.API;

/** The {@link ReportContext} of one run: its output folder and the host's services. */
@API(status = INTERNAL, since = "1.0")
public final class OutputFolder implements ReportContext {
    private final Path directory;
    private final PrintStream console;
    private final boolean quiet;
    private final boolean interactiveAllowed;

    public OutputFolder(Path directory, PrintStream console, boolean quiet, boolean interactiveAllowed) {
        this.directory = directory;
        this.console = console;
        this.quiet = quiet;
        this.interactiveAllowed = interactiveAllowed;
    }

    @Override
    public Path outputDirectory() {
        return directory;
    }

    @Override
    public PrintStream console() {
        return console;
    }

    @Override
    public boolean quiet() {
        return quiet;
    }

    @Override
    public boolean interactiveAllowed() {
        return interactiveAllowed;
    }

    @Override
    public byte[] toJson(RunResult result) {
        return ResultCodec.toJson(result);
    }

    @Override
    public Path writeAtomically(String fileName, byte[] content) throws IOException {
        Path target = directory.resolve(fileName).normalize();
        if (!target.getParent().equals(directory.normalize())) {
            throw new IOException("reporters may only write inside the output folder: " + fileName);
        }
        return AtomicFiles.write(target, content);
    }
}
