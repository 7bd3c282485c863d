package io.benchctl.runtime.cli;

import io.benchctl.api.result.RunResult;
import io.benchctl.history.store.HistoryStore;
import io.benchctl.history.store.MachineId;
import io.benchctl.history.store.RecordOutcome;
import io.benchctl.runtime.result.JournalReader;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code benchctl history import FILE...}: records saved runs, each under {@code --host-id}, else
 * the host id the result carries, else this machine's id. A journal of an interrupted run
 * records the workloads that finished. A run already in the history is skipped with a note. A
 * file that cannot be read is reported and the others are still imported (exit 2 at the end).
 */
@Command(
        name = "import",
        description = "Record saved runs (result .json or journal .jsonl) in the history.",
        mixinStandardHelpOptions = true)
final class HistoryImportCommand extends HistorySubcommand {

    @Parameters(arity = "1..*", paramLabel = "RESULT.json|JOURNAL.jsonl", description = "Results or journals.")
    List<Path> files;

    @Option(
            names = "--host-id",
            paramLabel = "ID",
            description = "The host the runs measured (default: the result's hostId, else this machine's id,"
                    + " /etc/machine-id).")
    String hostId;

    @Override
    boolean createsDatabase() {
        return true;
    }

    @Override
    int run(HistoryStore store) {
        String given = hostId == null ? null : HostId.validate("--host-id", hostId);
        int added = 0;
        int skipped = 0;
        int unreadable = 0;
        for (Path file : files) {
            RunResult result;
            try {
                result = HistoryRecording.whatFinished(read(file));
            } catch (IOException e) {
                err().println("benchctl: " + e.getMessage());
                unreadable++;
                continue;
            }
            String host = given != null ? given : result.hostId() != null ? result.hostId() : MachineId.require();
            RecordOutcome outcome = store.record(result, host);
            if (outcome.added()) {
                added++;
                err().println("imported " + outcome.runId() + " ("
                        + result.status().name().toLowerCase(java.util.Locale.ROOT) + ", " + outcome.metrics()
                        + " metrics) from " + file);
            } else {
                skipped++;
                err().println("note: " + outcome.runId() + " from " + file + " is already in the history; skipped");
            }
        }
        err().println(added + " run(s) imported, " + skipped + " already there, " + unreadable + " unreadable; history "
                + store.location().shown());
        return unreadable == 0 ? ExitCodes.OK : ExitCodes.USAGE;
    }

    /** A result document, or the journal of a run (what finished of it when it was cut short). */
    static RunResult read(Path file) throws IOException {
        return file.toString().endsWith(".jsonl") ? JournalReader.read(file) : ResultCodec.read(file);
    }
}
