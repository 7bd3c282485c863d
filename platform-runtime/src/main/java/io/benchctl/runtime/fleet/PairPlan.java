package io.benchctl.runtime.fleet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Which hosts test the network against which, and in what order: the document {@code
 * schemas/fleet-plan.schema.json} describes. Pairs of one round share no host, so a round's tests
 * can all run at once while every peer serves at most one client; rounds run one after another.
 *
 * @param pairing how the pairs were chosen: {@code ring}, {@code all-pairs} or {@code list}
 * @param hosts every host of the fleet, in the order given
 * @param maxPairs the cap on the number of pairs, or null without one
 * @param notCovered hosts in no pair (a cap below the host count leaves some out)
 * @param rounds the pairs, round by round
 */
@API(status = EXPERIMENTAL, since = "0.1")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PairPlan(
        String schemaVersion,
        String pairing,
        List<String> hosts,
        Integer maxPairs,
        List<String> notCovered,
        List<List<Pair>> rounds) {

    /** The version of the plan format this code writes. */
    public static final String SCHEMA_VERSION = "1.0.0";

    /** One test: {@code client} runs the network workloads against the peer on {@code server}. */
    public record Pair(String client, String server) {

        /** {@code h1 -> h2}, as the text plan and error messages write a pair. */
        @Override
        public String toString() {
            return client + " -> " + server;
        }
    }

    /**
     * A plan of {@code pairs} in that order, put into rounds by greedy edge colouring: each pair
     * goes into the first round that has neither of its hosts yet. Greedy needs at most {@code
     * 2·d − 1} rounds for a largest host degree {@code d}; for pairs given in round-robin order (as
     * {@link Pairings#allPairs} gives them) it finds the optimal {@code n − 1} or {@code n}.
     */
    public static PairPlan of(String pairing, List<String> hosts, Integer maxPairs, List<Pair> pairs) {
        List<List<Pair>> rounds = new ArrayList<>();
        List<Set<String>> busy = new ArrayList<>();
        for (Pair pair : pairs) {
            int round = 0;
            while (round < rounds.size()
                    && (busy.get(round).contains(pair.client())
                            || busy.get(round).contains(pair.server()))) {
                round++;
            }
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
                busy.add(new LinkedHashSet<>());
            }
            rounds.get(round).add(pair);
            busy.get(round).add(pair.client());
            busy.get(round).add(pair.server());
        }
        Set<String> covered = new LinkedHashSet<>();
        pairs.forEach(pair -> {
            covered.add(pair.client());
            covered.add(pair.server());
        });
        return new PairPlan(
                SCHEMA_VERSION,
                pairing,
                List.copyOf(hosts),
                maxPairs,
                hosts.stream().filter(host -> !covered.contains(host)).toList(),
                rounds.stream().map(List::copyOf).toList());
    }

    /** Every pair of the plan, round by round. */
    public List<Pair> pairs() {
        return rounds.stream().flatMap(List::stream).toList();
    }
}
