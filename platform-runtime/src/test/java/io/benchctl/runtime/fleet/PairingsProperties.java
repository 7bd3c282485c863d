package io.benchctl.runtime.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.fleet.PairPlan.Pair;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** What every pairing plan promises, for fleets of 2 to 60 hosts and any cap. */
class PairingsProperties {

    private static List<String> hosts(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "h" + i).toList();
    }

    @Property
    void noHostIsTwiceInOneRoundAndEveryPairIsPlannedOnce(
            @ForAll @IntRange(min = 2, max = 60) int count,
            @ForAll boolean allPairs,
            @ForAll @IntRange(min = 1, max = 2000) int cap) {
        List<String> hosts = hosts(count);
        List<Pair> all = allPairs ? Pairings.allPairs(hosts) : Pairings.ring(hosts);
        List<Pair> kept = all.subList(0, Math.min(cap, all.size()));
        PairPlan plan = PairPlan.of("x", hosts, cap, kept);
        for (List<Pair> round : plan.rounds()) {
            Set<String> ends = new HashSet<>();
            for (Pair pair : round) {
                assertTrue(ends.add(pair.client()), () -> pair.client() + " twice in round " + round);
                assertTrue(ends.add(pair.server()), () -> pair.server() + " twice in round " + round);
            }
        }
        assertEquals(kept.size(), plan.pairs().size());
        assertEquals(new HashSet<>(kept), new HashSet<>(plan.pairs()));
        Set<String> covered = new HashSet<>();
        kept.forEach(pair -> covered.addAll(List.of(pair.client(), pair.server())));
        assertEquals(hosts.stream().filter(h -> !covered.contains(h)).toList(), plan.notCovered());
    }

    @Property
    void allPairsHasEveryTwoHostsExactlyOnceInTheFewestRounds(@ForAll @IntRange(min = 2, max = 60) int count) {
        List<String> hosts = hosts(count);
        PairPlan plan = PairPlan.of("all-pairs", hosts, null, Pairings.allPairs(hosts));
        Set<Set<String>> unordered = new HashSet<>();
        for (Pair pair : plan.pairs()) {
            assertNotEquals(pair.client(), pair.server());
            assertTrue(unordered.add(Set.of(pair.client(), pair.server())), () -> pair + " twice");
        }
        assertEquals(count * (count - 1) / 2, unordered.size());
        // the chromatic index of a complete graph: n - 1 rounds for an even n, n for an odd one
        assertEquals(count % 2 == 0 ? count - 1 : count, plan.rounds().size());
        assertEquals(List.of(), plan.notCovered());
    }

    @Property
    void ringHasEveryHostOnceAsClientAndOnceAsServer(@ForAll @IntRange(min = 2, max = 60) int count) {
        List<String> hosts = hosts(count);
        PairPlan plan = PairPlan.of("ring", hosts, null, Pairings.ring(hosts));
        assertEquals(count, plan.pairs().size());
        assertEquals(
                Set.copyOf(hosts),
                Set.copyOf(plan.pairs().stream().map(Pair::client).toList()));
        assertEquals(
                Set.copyOf(hosts),
                Set.copyOf(plan.pairs().stream().map(Pair::server).toList()));
        assertEquals(count, Set.copyOf(plan.pairs()).size());
        plan.pairs().forEach(pair -> assertNotEquals(pair.client(), pair.server()));
        assertEquals(count % 2 == 0 ? 2 : 3, plan.rounds().size());
    }
}
