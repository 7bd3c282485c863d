package io.benchctl.runtime.cli;

import io.benchctl.history.store.HistoryStore;
import io.benchctl.history.store.PruneResult;
import java.time.Instant;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchctl history prune --keep-last N | --older-than DURATION}. Keeping the last N is
 * counted per host and measurement key, so a profile run once a week keeps its history next to
 * one run every hour.
 */
@Command(
        name = "prune",
        description = "Delete old runs from the history, and say how much went.",
        mixinStandardHelpOptions = true)
final class HistoryPruneCommand extends HistorySubcommand {

    static final class Rule {
        @Option(
                names = "--keep-last",
                paramLabel = "N",
                required = true,
                description = "Keep the newest N runs of each host and measured configuration.")
        Integer keepLast;

        @Option(
                names = "--older-than",
                paramLabel = "DURATION",
                required = true,
                description = "Delete runs started longer ago than this (90d, 12h, 2w, PT36H).")
        String olderThan;
    }

    @ArgGroup(multiplicity = "1")
    Rule rule;

    @Override
    boolean createsDatabase() {
        return false;
    }

    @Override
    int run(HistoryStore store) {
        PruneResult pruned;
        if (rule.keepLast != null) {
            if (rule.keepLast < 1) {
                throw new UserException(ExitCodes.USAGE, "--keep-last must be at least 1, not " + rule.keepLast);
            }
            pruned = store.pruneKeepLast(rule.keepLast);
        } else {
            pruned = store.pruneOlderThan(Instant.now().minus(Durations.parse("--older-than", rule.olderThan)));
        }
        err().println("pruned " + pruned.runs() + " run(s), " + pruned.metrics() + " metric(s), " + pruned.samples()
                + " sample(s) from " + store.location().shown());
        return ExitCodes.OK;
    }
}
