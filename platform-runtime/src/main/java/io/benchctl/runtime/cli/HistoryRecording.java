package io.benchctl.runtime.cli;

import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.history.store.HistoryException;
import io.benchctl.history.store.HistoryLocation;
import io.benchctl.history.store.HistoryStore;
import io.benchctl.history.store.RecordOutcome;
import io.benchctl.runtime.config.RunSettings;
import io.benchctl.runtime.orchestrator.RunRequest;
import io.benchctl.runtime.result.JournalReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records a run in the run history once its result and journal are written ({@code run.history}
 * or {@code benchctl run --history}). It records what the journal holds, so an interrupted run
 * records the workloads that finished (see {@link #whatFinished}). The history is a copy: when
 * it cannot be written the run says so in one line, names the result file that holds the run,
 * and exits 1 instead of 0.
 */
final class HistoryRecording {
    private final HistoryLocation location;

    private HistoryRecording(HistoryLocation location) {
        this.location = location;
    }

    /**
     * The recording the profile asks for, if any. Called before the run, so that a bad location
     * (a URL with a password, another database) stops it with exit 2 before it measures anything.
     */
    static Optional<HistoryRecording> of(RunSettings run, Map<String, String> environment) {
        if (!run.history()) {
            return Optional.empty();
        }
        return Optional.of(new HistoryRecording(HistorySubcommand.location(run.historyLocation(), environment)));
    }

    /**
     * Records the finished run from its journal; a dry run records nothing.
     *
     * @param exitCode the run's exit code so far
     * @return {@code exitCode}, or 1 where it was 0 and the run could not be recorded
     */
    int record(RunRequest run, int exitCode, PrintWriter err, boolean quiet) {
        if (run.dryRun()) {
            return exitCode;
        }
        String runId = run.runId();
        Path resultFile = resultFile(run.outputDirectory(), runId);
        try {
            RunResult result = whatFinished(JournalReader.read(run.journalFile()));
            String hostId = result.hostId() != null ? result.hostId() : run.hostId();
            RecordOutcome outcome;
            try (HistoryStore store = HistoryStore.open(location)) {
                outcome = store.record(result, hostId);
            }
            if (!quiet) {
                err.println(
                        outcome.added()
                                ? "benchctl: recorded run " + runId + " (" + outcome.metrics() + " metrics, host "
                                        + hostId + ") in history " + location.shown()
                                : "benchctl: note: run " + runId + " is already in history " + location.shown());
            }
            err.flush();
            return exitCode;
        } catch (HistoryException e) {
            return failed(runId, e.getMessage(), resultFile, exitCode, err);
        } catch (IOException e) {
            return failed(runId, "cannot read its journal: " + e.getMessage(), resultFile, exitCode, err);
        }
    }

    /**
     * The run without the workloads the interrupt cut (before they started or part-way through):
     * they measured nothing, and the history keeps what finished. A workload a module skipped
     * itself (an unreachable peer) stays, as do failed ones.
     */
    static RunResult whatFinished(RunResult result) {
        List<WorkloadResult> started =
                result.tests().stream().filter(t -> !cutByInterrupt(t)).toList();
        return started.size() == result.tests().size()
                ? result
                : new RunResult(
                        result.schemaVersion(),
                        result.runId(),
                        result.name(),
                        result.status(),
                        result.startedAt(),
                        result.finishedAt(),
                        result.benchctl(),
                        result.hostId(),
                        result.host(),
                        result.profile(),
                        started);
    }

    private static boolean cutByInterrupt(WorkloadResult test) {
        return test.status() == WorkloadStatus.SKIPPED
                && test.error() != null
                && test.error().code() == ErrorCode.INTERRUPTED;
    }

    /** The file that holds the run: its JSON result when a reporter wrote one, else its journal. */
    private static Path resultFile(Path outputDirectory, String runId) {
        Path json = outputDirectory.resolve(runId + ".json");
        return Files.isRegularFile(json) ? json : outputDirectory.resolve(runId + ".jsonl");
    }

    private static int failed(String runId, String why, Path resultFile, int exitCode, PrintWriter err) {
        // a driver's message may end its sentence; this line goes on after it
        String reason = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
        err.println("benchctl: run " + runId + " was not recorded in the history: " + reason
                + "; the result is safe in " + resultFile);
        err.flush();
        return exitCode == ExitCodes.OK ? ExitCodes.WORKLOAD_FAILED : exitCode;
    }
}
