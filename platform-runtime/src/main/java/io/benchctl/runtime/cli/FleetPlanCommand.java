package io.benchctl.runtime.cli;

import io.benchctl.runtime.baseline.BadInputException;
import io.benchctl.runtime.fleet.PairPlan;
import io.benchctl.runtime.fleet.PairPlan.Pair;
import io.benchctl.runtime.fleet.PairPlans;
import io.benchctl.runtime.fleet.Pairings;
import io.benchctl.runtime.result.ResultCodec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code benchctl fleet plan --hosts h1,h2,h3}: which host tests the network against which, when. */
@Command(
        name = "plan",
        description = "Pair hosts for network tests, in rounds whose pairs share no host (so each peer "
                + "serves one test at a time).",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:plan written", "2:bad usage, a bad host or pairs file, or --out exists without --force"})
final class FleetPlanCommand implements Callable<Integer> {

    enum Pairing {
        ring,
        all_pairs,
        list;

        String id() {
            return name().replace('_', '-');
        }
    }

    enum Format {
        json,
        text
    }

    @Option(
            names = "--hosts",
            required = true,
            paramLabel = "H1,H2,...|@FILE",
            description = "The fleet's host ids, comma-separated, or @FILE with one per line.")
    private String hosts;

    @Option(
            names = "--pairing",
            defaultValue = "ring",
            paramLabel = "ring|all-pairs|list",
            converter = PairingConverter.class,
            description = "ring: each host against the next; all-pairs: every two hosts once; list: the pairs of "
                    + "--pairs (default: ring).")
    private Pairing pairing;

    @Option(names = "--max-pairs", paramLabel = "N", description = "Keep at most N pairs (the first of the order).")
    private Integer maxPairs;

    @Option(
            names = "--pairs",
            paramLabel = "FILE",
            description = "With --pairing list: one 'client server' per line; # comments.")
    private Path pairsFile;

    @Option(
            names = "--format",
            defaultValue = "json",
            paramLabel = "FORMAT",
            description = "json (schemas/fleet-plan.schema.json) or text (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private OutputFileOptions output = new OutputFileOptions();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            output.checkWritable();
            PairPlan plan = plan();
            String text =
                    format == Format.json ? ResultCodec.mapper().writeValueAsString(plan) + "\n" : PairPlans.text(plan);
            output.write(text, "the pairing plan", spec.commandLine().getOut(), err);
            if (!plan.notCovered().isEmpty()) {
                err.println("benchctl: --max-pairs " + maxPairs + " leaves "
                        + plan.notCovered().size() + " host(s) in no pair: " + String.join(", ", plan.notCovered()));
            }
            return ExitCodes.OK;
        } catch (BadInputException e) {
            err.println("benchctl: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    private PairPlan plan() throws BadInputException {
        if (maxPairs != null && maxPairs < 1) {
            throw new BadInputException("--max-pairs must be 1 or more, got " + maxPairs);
        }
        if ((pairing == Pairing.list) != (pairsFile != null)) {
            throw new BadInputException(
                    pairing == Pairing.list ? "--pairing list needs --pairs FILE" : "--pairs needs --pairing list");
        }
        List<String> fleet = PairPlans.hosts(hosts);
        List<Pair> pairs = switch (pairing) {
            case ring -> Pairings.ring(fleet);
            case all_pairs -> Pairings.allPairs(fleet);
            case list -> Pairings.list(fleet, PairPlans.lines(pairsFile), pairsFile.toString());
        };
        if (maxPairs != null && pairs.size() > maxPairs) {
            pairs = pairs.subList(0, maxPairs);
        }
        return PairPlan.of(pairing.id(), fleet, maxPairs, pairs);
    }

    /** {@code all-pairs} on the command line, {@code all_pairs} in Java. */
    static final class PairingConverter implements picocli.CommandLine.ITypeConverter<Pairing> {
        @Override
        public Pairing convert(String value) {
            for (Pairing candidate : Pairing.values()) {
                if (candidate.id().equals(value)) {
                    return candidate;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "expected ring, all-pairs or list, got '" + value + "'");
        }
    }
}
