package io.benchctl.examples.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.Better;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Metric;
import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.WorkloadSkippedException;
import io.benchctl.api.report.Phase;
import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.ErrorInfo;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.Stats;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.testkit.ModuleRun;
import io.benchctl.testkit.ModuleTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryReporterTest {

    /** Three workloads: one measures, one fails in init, one skips itself. */
    private static final class MixedModule implements BenchmarkModule {
        @Override
        public String id() {
            return "mixed";
        }

        @Override
        public String description() {
            return "ok, failed and skipped workloads";
        }

        @Override
        public Set<Resource> resources() {
            return Set.of(Resource.CPU);
        }

        @Override
        public String configSchema() {
            return "{\"type\": \"object\", \"additionalProperties\": false}";
        }

        @Override
        public List<Workload> plan(Settings settings, HostFacts host) {
            return List.of(
                    workload("measures", null),
                    workload("breaks", new IllegalStateException("no counter")),
                    workload("absent", new WorkloadSkippedException("nothing to measure here")));
        }

        private static Workload workload(String variant, RuntimeException initFailure) {
            return new Workload() {
                @Override
                public String variant() {
                    return variant;
                }

                @Override
                public void init(WorkloadContext context) {
                    if (initFailure != null) {
                        throw initFailure;
                    }
                }

                @Override
                public void runIteration(WorkloadContext context, int iteration) {
                    long start = System.nanoTime();
                    long spins = 0;
                    while (System.nanoTime() - start
                            < context.iterationDuration().toNanos()) {
                        spins++;
                    }
                    context.recorder()
                            .recordValue(
                                    Metric.of("spins", "1/s", Better.HIGHER),
                                    spins / ((System.nanoTime() - start) / 1e9));
                }
            };
        }
    }

    @Test
    void writesOneLinePerWorkloadOfARealRun(@TempDir Path output) throws IOException {
        ModuleRun run = ModuleTestKit.forModule(new MixedModule())
                .reporter(new SummaryReporter())
                .outputDirectory(output)
                .run();

        List<String> lines = Files.readAllLines(output.resolve(run.result().runId() + ".summary.txt"));
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(
                lines.get(0).matches("mixed/measures  ok       spins [0-9.,]+ 1/s ±[0-9.,]+ \\(n=3, CV [0-9.<]+%\\)"),
                lines.get(0));
        assertEquals("mixed/breaks    failed   exception in init: no counter", lines.get(1));
        assertEquals("mixed/absent    skipped  skipped in init: nothing to measure here", lines.get(2));
    }

    @Test
    void formatsTheHeadlineLikeEveryReporter() {
        Stats stats = new Stats(5, 1000, 10, 0.01, 980, 1000, 1010, 1015, 1020, 1020, 1020, 990, 1010);
        MetricResult bandwidth =
                new MetricResult("bandwidth", "MB/s", Better.HIGHER, null, 1000.4, 1020, List.of(1000.4), stats, null);
        MetricResult perThread =
                new MetricResult("bandwidth", "MB/s", Better.HIGHER, 0, 7, 7, List.of(7.0), stats, null);
        WorkloadResult ok = new WorkloadResult(
                "memory/triad",
                "memory",
                "triad",
                WorkloadStatus.OK,
                null,
                List.of(),
                List.of(perThread, bandwidth),
                List.of(),
                "",
                "");
        WorkloadResult timedOut = new WorkloadResult(
                "disk/seq-read",
                "disk",
                "seq-read",
                WorkloadStatus.FAILED,
                new ErrorInfo(ErrorCode.TIMEOUT, Phase.RUNNING, "the run step did not finish within 7s"),
                List.of(),
                List.of(),
                List.of(),
                "",
                "");
        RunResult result = new RunResult(
                "1.0.0", "r", "n", RunStatus.FAILED, "", "", null, Map.of(), Map.of(), List.of(ok, timedOut));

        assertEquals("""
                memory/triad   ok       bandwidth 1.000 GB/s ±0.010 (n=5, CV 1.0%)
                disk/seq-read  failed   timeout in run: the run step did not finish within 7s
                """, SummaryLines.of(result));
    }
}
