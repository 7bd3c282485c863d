package io.benchctl.runtime.fleet;

import io.benchctl.runtime.baseline.BadInputException;
import io.benchctl.runtime.fleet.PairPlan.Pair;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reading what {@code fleet plan} is given (the host list) and what it wrote (a plan file). */
public final class PairPlans {

    /** A host id as inventories and node names spell it: no blanks, no commas. */
    private static final Pattern HOST_ID = Pattern.compile("[^\\s,#][^\\s,]*");

    private PairPlans() {}

    /**
     * The hosts of {@code --hosts}: {@code h1,h2,h3}, or {@code @FILE} with one host id per line
     * (blank lines and {@code #} comments ignored), in that order, each once, at least two.
     *
     * @throws BadInputException naming the bad id, the repeated one or the unreadable file
     */
    public static List<String> hosts(String option) throws BadInputException {
        List<String> ids = new ArrayList<>();
        String where;
        if (option.startsWith("@")) {
            Path file = Path.of(option.substring(1));
            where = file.toString();
            for (String line : lines(file)) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
        } else {
            where = "--hosts";
            for (String id : option.split(",", -1)) {
                ids.add(id.strip());
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String id : ids) {
            if (!HOST_ID.matcher(id).matches()) {
                throw new BadInputException(where + ": '" + id + "' is no host id (no blanks or commas, not empty)");
            }
            if (!seen.add(id)) {
                throw new BadInputException(where + ": host '" + id + "' is listed twice");
            }
        }
        if (seen.size() < 2) {
            throw new BadInputException(where + ": a pairing plan needs at least two hosts, got " + seen.size());
        }
        return List.copyOf(seen);
    }

    /** The lines of a file the user named; a missing or unreadable one is bad input. */
    public static List<String> lines(Path file) throws BadInputException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(
                    "cannot read " + file + ": " + (Files.exists(file) ? e.getMessage() : "no such file"));
        }
    }

    /**
     * The pairs a plan file (what {@code fleet plan --format json} wrote) plans, round by round.
     *
     * @throws BadInputException when the file is unreadable, not JSON, or not a plan of format 1
     */
    public static List<Pair> read(Path file) throws BadInputException {
        JsonNode plan;
        try {
            plan = ResultCodec.mapper().readTree(String.join("\n", lines(file)));
        } catch (RuntimeException e) {
            throw new BadInputException(
                    file + " is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        String version = plan.path("schemaVersion").asString("");
        if (!version.startsWith("1.") || !plan.path("rounds").isArray()) {
            throw new BadInputException(
                    file + " is not a pairing plan of format 1.x (benchctl fleet plan --format json)");
        }
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode round : plan.path("rounds")) {
            for (JsonNode pair : round) {
                String client = pair.path("client").asString("");
                String server = pair.path("server").asString("");
                if (client.isEmpty() || server.isEmpty()) {
                    throw new BadInputException(file + ": a pair without client or server: " + pair);
                }
                pairs.add(new Pair(client, server));
            }
        }
        return List.copyOf(pairs);
    }

    /** The plan as text: a summary line, then one line per round. */
    public static String text(PairPlan plan) {
        StringBuilder out = new StringBuilder();
        int pairs = plan.pairs().size();
        out.append("pairing ")
                .append(plan.pairing())
                .append(": ")
                .append(plan.hosts().size())
                .append(" host(s), ")
                .append(pairs)
                .append(" pair(s) in ")
                .append(plan.rounds().size())
                .append(" round(s); a round's pairs share no host and may run at once\n");
        if (!plan.notCovered().isEmpty()) {
            out.append("not covered (in no pair): ")
                    .append(String.join(", ", plan.notCovered()))
                    .append('\n');
        }
        for (int round = 0; round < plan.rounds().size(); round++) {
            out.append("round ").append(round + 1).append(": ");
            out.append(String.join(
                            ", ",
                            plan.rounds().get(round).stream()
                                    .map(Pair::toString)
                                    .toList()))
                    .append('\n');
        }
        return out.toString();
    }
}
