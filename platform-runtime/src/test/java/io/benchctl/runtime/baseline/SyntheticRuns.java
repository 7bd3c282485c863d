package io.benchctl.runtime.baseline;

import io.benchctl.api.Better;
import io.benchctl.api.result.BenchctlInfo;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.PluginInfo;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.Stats;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.baseline.significance.Samples;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;

/**
 * Builds result documents with known distributions: a throughput metric (higher is better) and a
 * latency metric with an HdrHistogram (lower is better), each sample drawn as
 * {@code true value * (1 + runOffset + noise)} with normal run offsets and iteration noise.
 */
public final class SyntheticRuns {

    public static final String CPU_TEST = "cpu/int/threads2";
    public static final String PIPE_TEST = "syscall/pipe/1B";
    public static final String THROUGHPUT_KEY = CPU_TEST + ":ops";
    public static final String LATENCY_KEY = PIPE_TEST + ":latency";
    /** Enough for stable deciles, few enough to keep 400 synthetic baselines fast. */
    static final int LATENCIES_PER_ITERATION = 500;

    private final SplittableRandom random;
    private String fingerprint = "host-a";
    private Map<String, Object> profile = profile(5);
    private int iterations = 5;
    private double noiseCv = 0.01;
    private double runOffsetCv = 0.0;
    private Instant start = Instant.parse("2026-11-01T10:00:00Z");

    public SyntheticRuns(long seed) {
        random = new SplittableRandom(seed);
    }

    public SyntheticRuns noise(double iterationCv, double runCv) {
        noiseCv = iterationCv;
        runOffsetCv = runCv;
        return this;
    }

    public SyntheticRuns iterations(int count) {
        iterations = count;
        return this;
    }

    public SyntheticRuns fingerprint(String value) {
        fingerprint = value;
        return this;
    }

    public SyntheticRuns profile(Map<String, Object> value) {
        profile = value;
        return this;
    }

    /** A profile as the runtime records it; {@code iterations} makes two profiles differ. */
    public static Map<String, Object> profile(int iterations) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("name", "lab");
        run.put("iterations", iterations);
        run.put("output", "results");
        return Map.of("run", run, "modules", Map.of("cpu", Map.of("threads", 2)));
    }

    /**
     * One run: throughput around {@code 1e9 * throughputFactor} ops/s and pipe latency around
     * {@code 10 µs * latencyFactor}.
     */
    public RunResult run(double throughputFactor, double latencyFactor) {
        double runOffset = runOffsetCv * random.nextGaussian();
        List<Double> ops = draw(1e9 * throughputFactor * (1 + runOffset));
        Histogram latencies = new Histogram(3);
        List<Double> latencyMedians = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            Histogram iteration = new Histogram(3);
            double centre = 10_000 * latencyFactor * (1 + runOffset + noiseCv * random.nextGaussian());
            for (int k = 0; k < LATENCIES_PER_ITERATION; k++) {
                iteration.recordValue(Math.max(1, Math.round(centre * Math.exp(0.1 * random.nextGaussian()))));
            }
            latencyMedians.add((double) iteration.getValueAtPercentile(50));
            latencies.add(iteration);
        }
        start = start.plusSeconds(3600);
        List<WorkloadResult> tests = List.of(
                test(CPU_TEST, metric("ops", "ops/s", Better.HIGHER, null, ops, null)),
                test(
                        PIPE_TEST,
                        metric("latency", "ns", Better.LOWER, null, latencyMedians, Histograms.encode(latencies))));
        return result(tests);
    }

    public RunResult result(List<WorkloadResult> tests) {
        BenchctlInfo benchctl = new BenchctlInfo(
                "1.2.0",
                "1.0.0",
                "abc123",
                "25.0.1",
                List.of(new PluginInfo("cpu", "1.0.0", "benchctl", "cpu.jar", "00")));
        Map<String, Object> host = Map.of("fingerprint", fingerprint, "jvm", Map.of("version", "25.0.1"));
        return new RunResult(
                RunResult.SCHEMA_VERSION,
                "run-" + start.getEpochSecond(),
                "lab",
                RunStatus.OK,
                start.toString(),
                start.plusSeconds(60).toString(),
                benchctl,
                host,
                profile,
                tests);
    }

    public static WorkloadResult test(String id, MetricResult... metrics) {
        String[] parts = id.split("/", 2);
        return new WorkloadResult(
                id, parts[0], parts[1], WorkloadStatus.OK, null, List.of(), List.of(metrics), List.of(), null, null);
    }

    public static MetricResult metric(
            String name, String unit, Better better, Integer thread, List<Double> samples, String histogram) {
        double median =
                Samples.median(samples.stream().mapToDouble(Double::doubleValue).toArray());
        Stats stats = new Stats(
                samples.size(), median, 0, 0, median, median, median, median, median, median, median, median, median);
        return new MetricResult(name, unit, better, thread, median, median, samples, stats, histogram);
    }

    private List<Double> draw(double centre) {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            samples.add(centre * (1 + noiseCv * random.nextGaussian()));
        }
        return samples;
    }

    public static Path write(Path dir, String name, RunResult result) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, ResultCodec.toJson(result));
        return file;
    }
}
