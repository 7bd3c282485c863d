package io.benchctl.plugins.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.Better;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Metric;
import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.result.ResultCodec;
import io.benchctl.testkit.ModuleRun;
import io.benchctl.testkit.ModuleTestKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reporter on a real run: a module driven by the runtime through the test kit. */
class JsonReporterTest {

    /** Counts up for the iteration time: a real measurement, small enough for a unit test. */
    private static final class CountModule implements BenchmarkModule {
        static final Metric RATE = Metric.of("increments_per_second", "1/s", Better.HIGHER);

        @Override
        public String id() {
            return "count";
        }

        @Override
        public String description() {
            return "counts";
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
            return List.of(new Workload() {
                @Override
                public String variant() {
                    return "up";
                }

                @Override
                public void runIteration(WorkloadContext context, int iteration) {
                    long start = System.nanoTime();
                    long deadline = start + context.iterationDuration().toNanos();
                    long count = 0;
                    while (System.nanoTime() < deadline) {
                        count++;
                    }
                    context.recorder().recordValue(RATE, count / ((System.nanoTime() - start) / 1e9));
                }
            });
        }
    }

    @Test
    void writesTheRunsResultAsCanonicalJsonAndLatest(@TempDir Path output) throws IOException {
        ModuleRun run = ModuleTestKit.forModule(new CountModule())
                .reporter(new JsonReporter())
                .outputDirectory(output)
                .run();

        assertEquals(0, run.exitCode());
        Path json = output.resolve(run.result().runId() + ".json");
        RunResult read = ResultCodec.read(json);
        assertArrayEquals(
                ResultCodec.toJson(run.result()),
                Files.readAllBytes(json),
                "the canonical encoding of the run's result");
        assertEquals("count/up", read.tests().getFirst().id());
        assertEquals(3, read.tests().getFirst().metrics().getFirst().samples().size());
        assertArrayEquals(Files.readAllBytes(json), Files.readAllBytes(output.resolve("latest.json")));
    }

    @Test
    void namesTheWrittenFileOnTheConsoleUnlessQuiet(@TempDir Path output) {
        ModuleRun loud = ModuleTestKit.forModule(new CountModule())
                .reporter(new JsonReporter())
                .outputDirectory(output)
                .quiet(false)
                .run();
        assertEquals(
                "json: " + output.resolve(loud.result().runId() + ".json"),
                loud.console().strip());

        ModuleRun quiet = ModuleTestKit.forModule(new CountModule())
                .reporter(new JsonReporter())
                .outputDirectory(output)
                .run();
        assertEquals("", quiet.console());
    }
}
