package io.benchctl.runtime.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** {@code benchctl run}'s options that say which host the run measured and where it is recorded. */
final class RunHistoryOptions {

    @Option(
            names = "--host-id",
            paramLabel = "ID",
            description = "The host the run measures, written into the result and the history, e.g. an inventory"
                    + " hostname or a Kubernetes node name (default: the machine id, else the hostname).")
    String hostId;

    @Option(
            names = "--history",
            arity = "0..1",
            fallbackValue = "",
            paramLabel = "PATH|URL",
            description = "Record the run in the run history when it ends: a SQLite file or a jdbc:postgresql:// URL"
                    + " without password; alone: $" + HistorySubcommand.ENVIRONMENT_VARIABLE
                    + ", else results/history.db. Same as run.history in the profile.")
    String history;

    /** The host id: {@code --host-id} once it is valid, else this machine's. */
    String hostId() {
        return HostId.resolve("--host-id", hostId);
    }

    /** {@code --history} as the {@code --set} entry it stands for, or none. */
    List<String> overrides() {
        if (history == null) {
            return List.of();
        }
        return List.of("run.history=" + (history.isEmpty() ? "true" : RunCommand.tomlString(history)));
    }
}
