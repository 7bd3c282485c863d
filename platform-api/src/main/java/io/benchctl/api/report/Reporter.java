package io.benchctl.api.report;

import static org.apiguardian.api.API.Status.STABLE;

import io.benchctl.api.result.RunResult;
import java.io.IOException;
import org.apiguardian.api.API;

/**
 * A reporter: the extension point for output formats (annotate with PF4J's {@code @Extension}
 * and list in {@code META-INF/services/io.benchctl.api.report.Reporter}).
 *
 * <p>Two jobs, as in JMH: {@link #listener} receives progress while the run goes on, and
 * {@link #write} renders the finished result. {@code benchctl report} calls only {@link #write},
 * so a reporter must render from the {@link RunResult} alone.
 */
@API(status = STABLE, since = "1.0")
public interface Reporter {

    /** Short id used in {@code reporters = [...]}, e.g. {@code json}. */
    String id();

    String description();

    /** A listener for live events of one run; called once per run before it starts. */
    default RunListener listener(ReportContext context) {
        return RunListener.NOOP;
    }

    /** Renders the finished (or interrupted) run. */
    void write(RunResult result, ReportContext context) throws IOException;
}
