package io.benchctl.runtime.cli;

import io.benchctl.api.Settings;
import io.benchctl.runtime.config.EffectiveProfile;
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

    @Option(
            names = "--peer-host-id",
            paramLabel = "ID",
            description = "The host id of the network peer this run tests against (a pair of a fleet plan):"
                    + " the network workloads record both ends, and fleet report places them by these ids.")
    String peerHostId;

    /**
     * {@code --peer-host-id} once it is valid, or null; refused unless the run has the network
     * module in peer mode, which is the only run it can label.
     */
    String peerHostId(EffectiveProfile effective) {
        if (peerHostId == null) {
            return null;
        }
        String id = HostId.validate("--peer-host-id", peerHostId);
        Settings network = effective.modules().get("network");
        if (network == null || !network.has("mode") || !"peer".equals(network.getString("mode"))) {
            throw new UserException(
                    ExitCodes.USAGE,
                    "--peer-host-id names the peer of a network test, but this run has no network module in peer"
                            + " mode (modules.network.mode = \"peer\")");
        }
        return id;
    }

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
