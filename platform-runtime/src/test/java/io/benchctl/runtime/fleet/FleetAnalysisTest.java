package io.benchctl.runtime.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.runtime.baseline.BadInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fleet analysis on result files written to disk and read back. */
class FleetAnalysisTest {

    @TempDir
    Path dir;

    private final OutlierRule rule = new OutlierRule(OutlierRule.DEFAULT_K, OutlierRule.DEFAULT_ALPHA);

    private FleetReport analyse(List<RunResult> runs) throws IOException, BadInputException {
        List<Path> files = new ArrayList<>();
        for (RunResult run : runs) {
            files.add(FleetRuns.write(dir, run.runId() + ".json", run));
        }
        return FleetAnalysis.analyse(FleetInputs.read(files), rule);
    }

    static List<RunResult> fleet(FleetRuns runs, int hosts, String slowHost, double slowdown) {
        List<RunResult> results = new ArrayList<>();
        for (int i = 1; i <= hosts; i++) {
            String name = "node-" + i;
            results.add(runs.host(name, name.equals(slowHost) ? slowdown : 1.0));
        }
        return results;
    }

    @Test
    void anUnchangedFleetHasNoOutlier() throws Exception {
        FleetReport report = analyse(fleet(new FleetRuns(1), 8, null, 1));

        assertEquals(List.of(), report.outliers());
        assertEquals(1, report.groups().size());
        assertTrue(report.groups().getFirst().outliersJudged());
        assertEquals(4, report.metrics().size(), "ops, bandwidth, latency and rate");
        FleetReport.Metric ops = metric(report, FleetRuns.CPU, "ops");
        assertEquals(8, ops.hosts().size());
        assertEquals(8, ops.fleet().hosts());
        assertEquals(2e9, ops.fleet().median(), 2e9 * 0.01);
        assertTrue(
                ops.fleet().cv() < 0.01, "medians of 1 % noise: " + ops.fleet().cv());
        assertTrue(ops.fleet().min() <= ops.fleet().median()
                && ops.fleet().median() <= ops.fleet().max());
    }

    @Test
    void aHostThirtyPercentSlowerIsAnOutlierOnEveryMetric() throws Exception {
        FleetReport report = analyse(fleet(new FleetRuns(2), 6, "node-4", 1.3));

        Set<String> flagged = report.outliers().stream()
                .map(o -> o.host() + " " + o.workload() + ":" + o.metric())
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "node-4 " + FleetRuns.CPU + ":ops",
                        "node-4 " + FleetRuns.MEMORY + ":bandwidth",
                        "node-4 " + FleetRuns.PIPE + ":latency",
                        "node-4 " + FleetRuns.PIPE + ":rate"),
                flagged);
        FleetReport.Outlier ops = report.outliers().stream()
                .filter(o -> o.metric().equals("ops"))
                .findFirst()
                .orElseThrow();
        assertEquals(2e9 / 1.3, ops.median(), 2e9 * 0.02);
        assertTrue(ops.median() < ops.limit() && ops.limit() < ops.groupMedian(), ops.toString());
        assertTrue(ops.pValue() < 0.01, ops.toString());
        FleetReport.Metric latency = metric(report, FleetRuns.PIPE, "latency");
        assertTrue(latency.hosts().stream()
                .filter(FleetReport.HostValue::outlier)
                .allMatch(h -> h.host().equals("node-4")));
        assertTrue(FleetText.render(report).contains("OUTLIER HOSTS\n  node-4 on "), FleetText.render(report));
    }

    @Test
    void aFasterHostIsNotAnOutlier() throws Exception {
        FleetReport report = analyse(fleet(new FleetRuns(3), 6, "node-2", 0.7));

        assertEquals(List.of(), report.outliers(), "only the worse side counts");
    }

    @Test
    void aHostOfOtherHardwareIsAGroupOfItsOwnAndNoOutlier() throws Exception {
        FleetRuns runs = new FleetRuns(4);
        List<RunResult> results = fleet(runs, 5, null, 1);
        results.add(runs.hardware("Intel Xeon Platinum 8375C", 4).host("small-1", 1.3));

        FleetReport report = analyse(results);

        assertEquals(List.of(), report.outliers());
        assertEquals(2, report.groups().size());
        FleetReport.Group small = report.groups().get(1);
        assertEquals(List.of("small-1"), small.hosts());
        assertEquals("Intel Xeon Platinum 8375C", small.cpuModel());
        assertFalse(small.outliersJudged());
        assertEquals("1 host(s): too few to judge outliers (at least 3 needed)", small.note());
        assertEquals(34_359_738_368L, small.memoryBytes(), "rounded to the GiB");
        assertEquals(
                "g2", metric(report, FleetRuns.CPU, "ops").hosts().getLast().group());
    }

    @Test
    void runsOfAnotherProfileOrMajorAreNotComparableAndKeptApart() throws Exception {
        FleetRuns runs = new FleetRuns(5);
        List<RunResult> results = fleet(runs, 4, null, 1);
        results.add(runs.profileIterations(10).host("node-9", 1));
        results.add(runs.profileIterations(5).benchctl("2.0.0").host("node-10", 1));

        FleetReport report = analyse(results);

        assertEquals(4, metric(report, FleetRuns.CPU, "ops").hosts().size());
        assertEquals(
                List.of("node-9", "node-10"),
                report.notComparable().stream()
                        .map(FleetReport.NotComparable::host)
                        .toList());
        assertTrue(
                report.notComparable().getFirst().reasons().getFirst().startsWith("profile differs (measurement key "),
                report.notComparable().toString());
        assertEquals(
                List.of("benchctl major 2 (merged runs 1)"),
                report.notComparable().get(1).reasons());
        assertTrue(FleetText.render(report).contains("not comparable (kept apart, not merged)\n  node-9 ("));
    }

    @Test
    void anInterruptedHostIsListedWithItsStatus() throws Exception {
        FleetRuns runs = new FleetRuns(6);
        List<RunResult> results = fleet(runs, 4, null, 1);
        results.add(
                runs.run("node-5", RunStatus.INTERRUPTED, runs.workloads(1.0).subList(0, 1), runs.profile(null)));

        FleetReport report = analyse(results);

        FleetReport.Host node5 = report.hosts().stream()
                .filter(h -> h.id().equals("node-5"))
                .findFirst()
                .orElseThrow();
        assertEquals("interrupted", node5.status());
        assertEquals(5, metric(report, FleetRuns.CPU, "ops").hosts().size(), "its finished workload is merged");
        assertEquals(4, metric(report, FleetRuns.PIPE, "latency").hosts().size());
        assertTrue(FleetText.render(report)
                .contains("did not finish ok (their finished workloads are merged)\n  node-5 interrupted"));
    }

    @Test
    void fleetPercentilesAreThoseOfTheUnionOfRecordedValues() throws Exception {
        FleetRuns runs = new FleetRuns(7).latenciesPerIteration(2000);
        List<RunResult> results = new ArrayList<>();
        double[] slowdowns = {1, 1.5, 3, 0.8};
        for (int i = 0; i < slowdowns.length; i++) {
            results.add(runs.host("node-" + i, slowdowns[i]));
        }
        List<Long> union = runs.takeRecordedLatencies();

        FleetReport.Latency latency =
                metric(analyse(results), FleetRuns.PIPE, "latency").latency();

        assertEquals(union.size(), latency.count());
        long[] sorted = union.stream().mapToLong(Long::longValue).sorted().toArray();
        Histogram direct = new Histogram(3);
        union.forEach(direct::recordValue);
        double[][] expected = {{50, latency.p50()}, {90, latency.p90()}, {99, latency.p99()}, {99.9, latency.p999()}};
        for (double[] pair : expected) {
            long exact = sorted[(int) Math.ceil(pair[0] / 100 * sorted.length) - 1];
            // Three significant digits: the histogram's value is within 0.1 % of the exact one.
            assertEquals(exact, pair[1], exact * 0.001, "p" + pair[0]);
            assertEquals(direct.getValueAtPercentile(pair[0]), pair[1], 0.0, "p" + pair[0]);
        }
        double meanOfP99 = results.stream()
                .mapToDouble(r -> r.tests().get(2).metrics().getFirst().stats().p99())
                .average()
                .orElseThrow();
        assertTrue(Math.abs(latency.p99() - meanOfP99) > 0.05 * latency.p99(), "not an average of percentiles");
    }

    @Test
    void theNetworkMatrixHasOneCellPerPairRun() throws Exception {
        FleetRuns runs = new FleetRuns(8);
        List<RunResult> results = new ArrayList<>();
        List<String> hosts = List.of("rack-a-1", "rack-a-2", "rack-b-1");
        for (String from : hosts) {
            for (String to : hosts) {
                if (!from.equals(to)) {
                    boolean crossRack = from.charAt(5) != to.charAt(5);
                    results.add(runs.pair(from, to, crossRack ? 4 : 9.4, crossRack ? 180_000 : 40_000));
                }
            }
        }
        results.add(runs.pair("rack-a-1", "10.0.0.99", 1, 500_000));

        FleetReport report = analyse(results);

        FleetReport.Matrix throughput = report.network().stream()
                .filter(m -> m.metric().equals("throughput"))
                .findFirst()
                .orElseThrow();
        assertEquals(hosts, throughput.from());
        assertEquals(
                List.of("rack-a-1", "rack-a-2", "rack-b-1", "10.0.0.99:7420"),
                throughput.to(),
                "hosts in one order on both axes, other peers after them");
        assertEquals(7, throughput.cells().size());
        assertEquals(9.4, cell(throughput, "rack-a-1", "rack-a-2"), 9.4 * 0.03);
        assertEquals(4, cell(throughput, "rack-a-1", "rack-b-1"), 4 * 0.03);
        assertEquals(1, cell(throughput, "rack-a-1", "10.0.0.99:7420"), 0.03);
        FleetReport.Matrix rtt = report.network().stream()
                .filter(m -> m.metric().equals("round_trip"))
                .findFirst()
                .orElseThrow();
        assertEquals(180_000, cell(rtt, "rack-b-1", "rack-a-2"), 180_000 * 0.05);
        assertEquals(List.of(), report.notComparable(), "the peer address is not part of the measurement key");
        assertEquals(7, report.hosts().size(), "one entry per pair run");
        assertEquals(3, report.groups().getFirst().hosts().size());
        assertNull(
                report.hosts().stream().filter(h -> h.peer() == null).findAny().orElse(null));
    }

    private static double cell(FleetReport.Matrix matrix, String from, String to) {
        return matrix.cells().stream()
                .filter(c -> c.from().equals(from) && c.to().equals(to))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + from + " → " + to))
                .median();
    }

    static FleetReport.Metric metric(FleetReport report, String workload, String name) {
        return report.metrics().stream()
                .filter(m -> m.workload().equals(workload) && m.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + workload + ":" + name));
    }
}
