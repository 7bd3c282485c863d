package io.benchctl.runtime.cli;

import io.benchctl.history.store.HistoryStore;
import io.benchctl.history.store.RunFilter;
import io.benchctl.history.store.StoredRun;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code benchctl history list}: recorded runs, newest first. */
@Command(name = "list", description = "List recorded runs, newest first.", mixinStandardHelpOptions = true)
final class HistoryListCommand extends HistorySubcommand {

    static final DateTimeFormatter SHOWN_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Option(names = "--host", paramLabel = "ID", description = "Only runs of this host id.")
    String host;

    @Option(
            names = "--since",
            paramLabel = "WHEN",
            description = "Only runs started since then: an ISO-8601 instant (2026-12-01T00:00:00Z) or a"
                    + " duration back from now (7d, 12h, 30m, 2w).")
    String since;

    @Option(names = "--limit", paramLabel = "N", description = "At most N runs (default: all).")
    int limit;

    @Override
    boolean createsDatabase() {
        return false;
    }

    @Override
    int run(HistoryStore store) {
        if (limit < 0) {
            throw new UserException(ExitCodes.USAGE, "--limit must not be negative, not " + limit);
        }
        Instant from = since == null ? null : Durations.instantOrAgo("--since", since, Instant.now());
        List<StoredRun> runs = store.runs(new RunFilter(host, from, limit));
        String format = "%-40s %-19s  %-11s  %-32s  %-16s %s%n";
        out().printf(format, "RUN ID", "STARTED (UTC)", "STATUS", "HOST", "NAME", "WORKLOADS");
        for (StoredRun run : runs) {
            out().printf(
                            format,
                            run.runId(),
                            SHOWN_TIME.format(run.startedAt()),
                            run.status(),
                            run.hostId(),
                            run.name() == null ? "" : run.name(),
                            run.workloads());
        }
        err().println(runs.size() + " run(s) in " + store.location().shown());
        return ExitCodes.OK;
    }
}
