package io.benchctl.runtime.cli;

import io.benchctl.api.Better;
import io.benchctl.api.result.BenchctlInfo;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.Stats;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Result files with chosen headline values, written with the result API and {@link ResultCodec}
 * as {@code benchctl run} writes them: one run per index, a minute apart, each with two
 * workloads: {@code cpu/int/t1} ({@code ops_per_second}, higher is better) and
 * {@code memory/latency} ({@code load_latency} in ns, lower is better).
 */
final class SyntheticRuns {

    static final Instant FIRST_START = Instant.parse("2026-11-01T08:00:00Z");

    private SyntheticRuns() {}

    /** {@code runs} values around {@code level} with Gaussian noise of {@code noise} (0.02: 2 %). */
    static double[] level(int runs, double level, double noise, long seed) {
        Random random = new Random(seed);
        double[] values = new double[runs];
        for (int i = 0; i < runs; i++) {
            values[i] = level * (1 + noise * random.nextGaussian());
        }
        return values;
    }

    /** {@code first} then {@code second}, one series. */
    static double[] concat(double[] first, double[] second) {
        double[] all = new double[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    static String runId(int index) {
        return String.format("syn-run-%03d", index + 1);
    }

    /**
     * Writes {@code <runId>.json} for each run into {@code folder}; run i has {@code ops[i]} and
     * {@code latencyNanos[i]} as headline values.
     */
    static List<Path> write(Path folder, double[] ops, double[] latencyNanos) throws IOException {
        if (ops.length != latencyNanos.length) {
            throw new IllegalArgumentException("both series need as many runs");
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < ops.length; i++) {
            Instant start = FIRST_START.plus(Duration.ofMinutes(i));
            List<WorkloadResult> workloads = List.of(
                    workload("cpu", "int/t1", metric("ops_per_second", "ops/s", Better.HIGHER, ops[i]), start),
                    workload("memory", "latency", metric("load_latency", "ns", Better.LOWER, latencyNanos[i]), start));
            RunResult result = new RunResult(
                    RunResult.SCHEMA_VERSION,
                    runId(i),
                    "synthetic",
                    RunStatus.OK,
                    start.toString(),
                    start.plusSeconds(20).toString(),
                    new BenchctlInfo("0.1.0-test", "1.0.0", "0000000", "25", List.of()),
                    Map.of("hostname", "synthetic", "fingerprint", "f".repeat(64)),
                    Map.of("run", Map.of("name", "synthetic", "iterations", 5), "modules", Map.of("cpu", Map.of())),
                    workloads);
            Path file = folder.resolve(runId(i) + ".json");
            Files.write(file, ResultCodec.toJson(result));
            files.add(file);
        }
        return files;
    }

    private static WorkloadResult workload(String module, String variant, MetricResult metric, Instant start) {
        return new WorkloadResult(
                module + "/" + variant,
                module,
                variant,
                WorkloadStatus.OK,
                null,
                List.of(),
                List.of(metric),
                List.of(),
                start.plusSeconds(1).toString(),
                start.plusSeconds(10).toString());
    }

    /** Five iterations spread ±1 % around the median; the 95 % interval of the median is min..max. */
    private static MetricResult metric(String name, String unit, Better better, double median) {
        List<Double> samples = List.of(median * 0.99, median * 1.005, median, median * 0.995, median * 1.01);
        Stats stats = new Stats(
                5,
                median,
                median * 0.0079,
                0.0079,
                median * 0.99,
                median,
                median * 1.01,
                median * 1.01,
                median * 1.01,
                median * 1.01,
                median * 1.01,
                median * 0.99,
                median * 1.01);
        double best = better == Better.HIGHER ? median * 1.01 : median * 0.99;
        return new MetricResult(name, unit, better, null, median, best, samples, stats, null);
    }
}
