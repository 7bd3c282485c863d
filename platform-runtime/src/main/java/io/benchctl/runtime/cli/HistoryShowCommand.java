package io.benchctl.runtime.cli;

import io.benchctl.history.store.HistoryStore;
import io.benchctl.history.store.StoredMetric;
import io.benchctl.history.store.StoredRun;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code benchctl history show RUN_ID}: one recorded run and its metrics. */
@Command(name = "show", description = "Show one recorded run and its metrics.", mixinStandardHelpOptions = true)
final class HistoryShowCommand extends HistorySubcommand {

    @Parameters(paramLabel = "RUN_ID", description = "The run's id (see history list).")
    String runId;

    @Override
    boolean createsDatabase() {
        return false;
    }

    @Override
    int run(HistoryStore store) {
        StoredRun run = store.run(runId)
                .orElseThrow(() -> new UserException(
                        ExitCodes.USAGE,
                        "no run " + runId + " in " + store.location().shown()));
        out().println("run        " + run.runId() + (run.name() == null ? "" : " (" + run.name() + ")"));
        out().println("status     " + run.status());
        out().println("started    " + run.startedAt()
                + (run.finishedAt() == null ? "" : ", finished " + run.finishedAt()));
        out().println("host       " + run.hostId()
                + (run.fingerprint() == null ? "" : ", fingerprint " + run.fingerprint()));
        out().println("profile    " + run.profileHash() + ", measurement key " + run.measurementKey());
        out().println("benchctl   " + (run.benchctlVersion() == null ? "unknown" : run.benchctlVersion()));
        out().println();
        String format = "%-28s %-8s %-28s %-7s %14s  %-8s %s%n";
        out().printf(format, "WORKLOAD", "STATUS", "METRIC", "THREAD", "VALUE", "UNIT", "SAMPLES");
        for (StoredMetric metric : store.metrics(run.runId())) {
            out().printf(
                            format,
                            metric.workloadId(),
                            metric.workloadStatus(),
                            metric.name(),
                            metric.thread() == null ? "all" : metric.thread(),
                            figure(metric.value()),
                            metric.unit(),
                            metric.samples().size());
        }
        return ExitCodes.OK;
    }

    /** Four significant digits: enough to read, short enough to line up. */
    static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4g", value);
    }
}
