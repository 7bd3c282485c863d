package io.benchctl.runtime.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.NetworkPair;
import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.baseline.SchemaCheck;
import io.benchctl.runtime.fleet.PairPlan.Pair;
import io.benchctl.runtime.result.ResultCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network matrix of labelled pair runs (adr/0019), of older unlabelled ones, and against a plan. */
class FleetPairLabelsTest {

    @TempDir
    Path dir;

    private final FleetRuns runs = new FleetRuns(8);

    /** A pair run whose network workloads name both ends, as {@code run --peer-host-id} writes it. */
    private static RunResult labelled(RunResult run, String server) {
        return new RunResult(
                run.schemaVersion(),
                run.runId(),
                run.name(),
                run.status(),
                run.startedAt(),
                run.finishedAt(),
                run.benchctl(),
                run.hostId(),
                run.host(),
                run.profile(),
                run.tests().stream()
                        .map(test -> test.withPair(new NetworkPair(run.hostId(), server)))
                        .toList(),
                run.comparison());
    }

    private FleetReport analyse(List<RunResult> results, List<Pair> planned) throws Exception {
        List<Path> files = new ArrayList<>();
        for (RunResult run : results) {
            files.add(FleetRuns.write(dir, run.runId() + ".json", run));
        }
        return FleetAnalysis.analyse(
                FleetInputs.read(files),
                new OutlierRule(3, OutlierRule.DEFAULT_ALPHA),
                planned.isEmpty() ? null : "plan.json",
                planned);
    }

    @Test
    void labelledRunsArePlacedByHostIdWhateverAddressTheyUsed() throws Exception {
        List<RunResult> results = List.of(
                labelled(runs.pair("h1", "10.0.0.9", 9.4, 40_000), "h2"),
                labelled(runs.pair("h1", "10.0.0.9", 4.0, 90_000), "h3"),
                labelled(runs.pair("h2", "svc-peer.default", 9.3, 41_000), "h3"),
                runs.pair("h3", "10.0.0.1", 9.1, 42_000));

        FleetReport report = analyse(results, List.of());

        FleetReport.Matrix throughput = report.network().stream()
                .filter(m -> m.metric().equals("throughput"))
                .findFirst()
                .orElseThrow();
        List<String> cells =
                throughput.cells().stream().map(c -> c.from() + ">" + c.to()).toList();
        assertEquals(List.of("h1>h2", "h1>h3", "h2>h3", "h3>10.0.0.1:7420"), cells);
        assertEquals(
                List.of("h1", "h2", "h3", "10.0.0.1:7420"),
                throughput.to(),
                "an unlabelled run still falls back to its peer address");
        assertEquals(4, report.hosts().size(), "two runs of h1 through one address against two servers are both kept");
        assertEquals(List.of(), throughput.missing());
        assertNull(report.plan());
    }

    @Test
    void aPlannedPairWithoutAFigureIsMissingInEveryMatrixAndThePlan() throws Exception {
        List<Pair> ring = Pairings.ring(List.of("h1", "h2", "h3", "h4"));
        List<RunResult> results = List.of(
                labelled(runs.pair("h1", "10.0.0.2", 9.4, 40_000), "h2"),
                labelled(runs.pair("h2", "10.0.0.3", 9.3, 41_000), "h3"),
                labelled(runs.pair("h3", "10.0.0.4", 9.2, 42_000), "h4"));

        FleetReport report = analyse(results, ring);

        assertEquals(new FleetReport.Plan("plan.json", 4, List.of(new Pair("h4", "h1"))), report.plan());
        assertTrue(report.anyMissingPair());
        for (FleetReport.Matrix matrix : report.network()) {
            assertEquals(List.of(new FleetReport.Missing("h4", "h1")), matrix.missing());
            assertEquals(List.of("h1", "h2", "h3", "h4"), matrix.from(), "the planned client is a row");
            assertEquals(List.of("h1", "h2", "h3", "h4"), matrix.to());
        }
        String text = FleetText.render(report);
        assertTrue(text.contains("  h4                  missing              –              –              –\n"), text);
        assertTrue(text.contains("planned pairs without a result: 1 of 4 (plan plan.json)\n  h4 -> h1\n"), text);
        assertTrue(FleetMarkdown.render(report).contains("## Planned pairs"));
        assertTrue(FleetHtml.render(report).contains("<td class=\"missing\">missing</td>"));
        SchemaCheck.assertValid("fleet.schema.json", ResultCodec.mapper().writeValueAsString(report));
    }

    @Test
    void withoutAnyNetworkFigureEveryPlannedPairIsMissing() throws Exception {
        List<Pair> ring = Pairings.ring(List.of("node-1", "node-2"));

        FleetReport report = analyse(List.of(runs.host("node-1", 1), runs.host("node-2", 1)), ring);

        assertEquals(List.of(), report.network());
        assertEquals(ring, report.plan().missing());
        assertTrue(FleetText.render(report).contains("planned pairs without a result: 2 of 2"));
    }

    @Test
    void aCompletePlanSaysSo() throws Exception {
        List<Pair> ring = Pairings.ring(List.of("h1", "h2"));
        FleetReport report = analyse(
                List.of(
                        labelled(runs.pair("h1", "10.0.0.2", 9.4, 40_000), "h2"),
                        labelled(runs.pair("h2", "10.0.0.1", 9.3, 41_000), "h1")),
                ring);
        assertEquals(List.of(), report.plan().missing());
        assertTrue(
                FleetText.render(report).contains("every planned pair has a result (plan plan.json, 2 pair(s))"),
                FleetText.render(report));
    }
}
