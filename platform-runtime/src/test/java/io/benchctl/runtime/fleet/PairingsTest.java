package io.benchctl.runtime.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.benchctl.runtime.baseline.BadInputException;
import io.benchctl.runtime.baseline.SchemaCheck;
import io.benchctl.runtime.fleet.PairPlan.Pair;
import io.benchctl.runtime.result.ResultCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairingsTest {

    private static final List<String> FOUR = List.of("h1", "h2", "h3", "h4");

    @TempDir
    Path dir;

    @Test
    void aRingOfThreeIsThreeRoundsOfOnePair() {
        PairPlan plan = PairPlan.of("ring", FOUR.subList(0, 3), null, Pairings.ring(FOUR.subList(0, 3)));
        assertEquals(
                List.of(List.of(new Pair("h1", "h2")), List.of(new Pair("h2", "h3")), List.of(new Pair("h3", "h1"))),
                plan.rounds());
    }

    @Test
    void aRingOfFourIsTwoRounds() {
        PairPlan plan = PairPlan.of("ring", FOUR, null, Pairings.ring(FOUR));
        assertEquals(
                List.of(
                        List.of(new Pair("h1", "h2"), new Pair("h3", "h4")),
                        List.of(new Pair("h2", "h3"), new Pair("h4", "h1"))),
                plan.rounds());
    }

    @Test
    void allPairsOfFourIsTheRoundRobinAndACapKeepsItsFirstPairs() {
        List<Pair> pairs = Pairings.allPairs(FOUR);
        assertEquals(
                List.of(
                        new Pair("h1", "h4"),
                        new Pair("h2", "h3"),
                        new Pair("h3", "h1"),
                        new Pair("h2", "h4"),
                        new Pair("h1", "h2"),
                        new Pair("h3", "h4")),
                pairs);
        PairPlan capped = PairPlan.of("all-pairs", FOUR, 3, pairs.subList(0, 3));
        assertEquals(2, capped.rounds().size());
        assertEquals(List.of(), capped.notCovered());
        PairPlan one = PairPlan.of("all-pairs", FOUR, 1, pairs.subList(0, 1));
        assertEquals(List.of("h2", "h3"), one.notCovered());
    }

    @Test
    void aListKeepsItsOrderAndSharesNoHostInARound() throws Exception {
        List<Pair> pairs = Pairings.list(FOUR, List.of("# rack a to b", "h1 h3", "", "h1  h4", "h2\th3"), "pairs.txt");
        PairPlan plan = PairPlan.of("list", FOUR, null, pairs);
        assertEquals(
                List.of(List.of(new Pair("h1", "h3")), List.of(new Pair("h1", "h4"), new Pair("h2", "h3"))),
                plan.rounds());
    }

    @Test
    void aBadListNamesTheLine() {
        assertEquals(
                "pairs.txt:2: 'h9' is not one of --hosts",
                assertThrows(BadInputException.class, () -> Pairings.list(FOUR, List.of("h1 h2", "h1 h9"), "pairs.txt"))
                        .getMessage());
        assertEquals(
                "pairs.txt:1: 'h2' cannot test against itself",
                assertThrows(BadInputException.class, () -> Pairings.list(FOUR, List.of("h2 h2"), "pairs.txt"))
                        .getMessage());
        assertEquals(
                "pairs.txt:3: expected 'client server', got 'h1 h2 h3'",
                assertThrows(
                                BadInputException.class,
                                () -> Pairings.list(FOUR, List.of("h1 h2", "#", "h1 h2 h3"), "pairs.txt"))
                        .getMessage());
        assertEquals(
                "pairs.txt:2: the pair h1 -> h2 is listed twice",
                assertThrows(BadInputException.class, () -> Pairings.list(FOUR, List.of("h1 h2", "h1 h2"), "pairs.txt"))
                        .getMessage());
    }

    @Test
    void hostsComeFromAListOrAFile() throws Exception {
        assertEquals(List.of("a", "b.example", "c"), PairPlans.hosts("a,b.example,c"));
        Path file = dir.resolve("hosts");
        Files.writeString(file, "# inventory\nnode-1\n\n  node-2  \nnode-3\n");
        assertEquals(List.of("node-1", "node-2", "node-3"), PairPlans.hosts("@" + file));
        assertEquals(
                "--hosts: host 'a' is listed twice",
                assertThrows(BadInputException.class, () -> PairPlans.hosts("a,b,a"))
                        .getMessage());
        assertEquals(
                "--hosts: '' is no host id (no blanks or commas, not empty)",
                assertThrows(BadInputException.class, () -> PairPlans.hosts("a,,b"))
                        .getMessage());
        assertEquals(
                "--hosts: a pairing plan needs at least two hosts, got 1",
                assertThrows(BadInputException.class, () -> PairPlans.hosts("a"))
                        .getMessage());
    }

    @Test
    void thePlanFollowsItsSchemaAndReadsBack() throws Exception {
        PairPlan plan =
                PairPlan.of("all-pairs", FOUR, 2, Pairings.allPairs(FOUR).subList(0, 2));
        String json = ResultCodec.mapper().writeValueAsString(plan);
        SchemaCheck.assertValid("fleet-plan.schema.json", json);
        Path file = dir.resolve("plan.json");
        Files.writeString(file, json);
        assertEquals(plan.pairs(), PairPlans.read(file));
        SchemaCheck.assertValid(
                "fleet-plan.schema.json",
                ResultCodec.mapper().writeValueAsString(PairPlan.of("ring", FOUR, null, Pairings.ring(FOUR))));
    }
}
