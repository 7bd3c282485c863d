package io.benchctl.runtime.orchestrator;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.result.BaselineComparison;
import io.benchctl.api.result.RunResult;
import org.apiguardian.api.API;

/**
 * Compares a finished run with a baseline. The orchestrator calls it once, after the workloads
 * and before the journal's end line and the reporters, so that both carry the comparison.
 */
@API(status = INTERNAL, since = "1.0")
@FunctionalInterface
public interface ResultComparator {
    /** @return the comparison to attach to the result, or null when none could be made */
    BaselineComparison compare(RunResult result);
}
