package io.benchctl.runtime.orchestrator;

import io.benchctl.api.report.ReportContext;
import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.plugins.LoadedReporter;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands the finished run to every reporter in turn. A reporter that throws does not stop the
 * others; its failure is returned so that the caller can keep the result from being lost.
 */
final class ReportWriter {
    private final List<LoadedReporter> reporters;
    private final ReportContext output;

    ReportWriter(List<LoadedReporter> reporters, ReportContext output) {
        this.reporters = reporters;
        this.output = output;
    }

    /** @return one message per reporter that could not write its output, in reporter order */
    List<String> write(RunResult result) {
        List<String> failures = new ArrayList<>();
        for (LoadedReporter reporter : reporters) {
            try {
                reporter.reporter().write(result, output);
            } catch (Exception | LinkageError e) {
                failures.add("reporter '" + reporter.reporter().id() + "' could not write its output: "
                        + WorkloadExecutor.describe(e));
            }
        }
        return failures;
    }
}
