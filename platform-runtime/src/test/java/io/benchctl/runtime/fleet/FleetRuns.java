package io.benchctl.runtime.fleet;

import io.benchctl.api.Better;
import io.benchctl.api.result.BenchctlInfo;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.PluginInfo;
import io.benchctl.api.result.RunResult;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.Stats;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.runtime.baseline.Histograms;
import io.benchctl.runtime.baseline.significance.Samples;
import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;

/**
 * Realistic results of many hosts: each workload's samples are {@code true value * speed * (1 +
 * noise)}, latencies are recorded into real HdrHistograms (log-normal around their centre) and
 * every recorded latency is kept, so tests can compute percentiles of the union on their own.
 * Workloads cycle through three kinds: an ops/s throughput, a bandwidth and a latency with its
 * rate.
 */
final class FleetRuns {

    static final String CPU = "cpu/int/threads2";
    static final String MEMORY = "memory/triad/32KiB";
    static final String PIPE = "syscall/pipe/1B";

    private final SplittableRandom random;
    private final List<Long> recordedLatencies = new ArrayList<>();
    private int iterations = 5;
    private int workloads = 3;
    private int latenciesPerIteration = 400;
    private double noise = 0.01;
    private String cpuModel = "AMD EPYC 7B13";
    private int threads = 8;
    private String benchctlVersion = "1.2.0";
    private int profileIterations = 5;
    private Instant start = Instant.parse("2026-12-01T10:00:00Z");

    FleetRuns(long seed) {
        random = new SplittableRandom(seed);
    }

    FleetRuns workloadCount(int count) {
        workloads = count;
        return this;
    }

    FleetRuns latenciesPerIteration(int count) {
        latenciesPerIteration = count;
        return this;
    }

    FleetRuns hardware(String model, int logicalCpus) {
        cpuModel = model;
        threads = logicalCpus;
        return this;
    }

    FleetRuns benchctl(String version) {
        benchctlVersion = version;
        return this;
    }

    /** Another value of {@code run.iterations} makes another profile (another measurement key). */
    FleetRuns profileIterations(int value) {
        profileIterations = value;
        return this;
    }

    /** Every latency recorded since the last call, in nanoseconds. */
    List<Long> takeRecordedLatencies() {
        List<Long> taken = List.copyOf(recordedLatencies);
        recordedLatencies.clear();
        return taken;
    }

    /** One ok run of {@code hostname} whose every figure is {@code slowdown} times worse. */
    RunResult host(String hostname, double slowdown) {
        return run(hostname, RunStatus.OK, workloads(slowdown), profile(null));
    }

    RunResult run(String hostname, RunStatus status, List<WorkloadResult> tests, Map<String, Object> profile) {
        start = start.plusSeconds(60);
        return new RunResult(
                RunResult.SCHEMA_VERSION,
                start.toString().replace(":", "") + "-" + hostname,
                "default",
                status,
                start.toString(),
                start.plusSeconds(45).toString(),
                new BenchctlInfo(
                        benchctlVersion,
                        "1.0.0",
                        "abc123",
                        "25.0.1",
                        List.of(new PluginInfo("cpu", "1.0.0", "benchctl", "cpu.jar", ""))),
                hostname,
                hostBlock(hostname),
                profile,
                tests);
    }

    List<WorkloadResult> workloads(double slowdown) {
        List<WorkloadResult> tests = new ArrayList<>();
        for (int i = 0; i < workloads; i++) {
            String suffix = i < 3 ? "" : "-" + i;
            tests.add(
                    switch (i % 3) {
                        case 0 -> test(CPU + suffix, metric("ops", "ops/s", Better.HIGHER, draw(2e9 / slowdown), null));
                        case 1 ->
                            test(
                                    MEMORY + suffix,
                                    metric("bandwidth", "B/s", Better.HIGHER, draw(8e10 / slowdown), null));
                        default -> latencyTest(PIPE + suffix, "latency", "rate", 9_000 * slowdown);
                    });
        }
        return tests;
    }

    /** A peer-mode run of {@code from} against {@code peer}'s benchctl peer: network workloads only. */
    RunResult pair(String from, String peer, double gbitPerSecond, double roundTripNanos) {
        return run(from, RunStatus.OK, network(gbitPerSecond, roundTripNanos), profile(peer));
    }

    /** A run of every workload, the network ones in peer mode against {@code peer}. */
    RunResult hostWithPeer(String from, double slowdown, String peer, double gbitPerSecond, double roundTripNanos) {
        List<WorkloadResult> tests = new ArrayList<>(workloads(slowdown));
        tests.addAll(network(gbitPerSecond, roundTripNanos));
        return run(from, RunStatus.OK, tests, profile(peer));
    }

    private List<WorkloadResult> network(double gbitPerSecond, double roundTripNanos) {
        return List.of(
                test(
                        "network/throughput/upload/1-stream",
                        metric("throughput", "Gbit/s", Better.HIGHER, draw(gbitPerSecond), null)),
                latencyTest("network/rtt/1B", "round_trip", "round_trips_per_second", roundTripNanos));
    }

    /** The profile as the runtime records it; with a peer, the network module runs in peer mode. */
    Map<String, Object> profile(String peer) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("name", "default");
        run.put("iterations", profileIterations);
        run.put("output", "results");
        Map<String, Object> modules = new LinkedHashMap<>();
        modules.put("cpu", Map.of("kernels", List.of("int")));
        if (peer != null) {
            modules.put("network", Map.of("mode", "peer", "peer", peer + ":7420", "streams", List.of(1)));
        }
        return Map.of("run", run, "modules", modules);
    }

    private WorkloadResult latencyTest(String id, String latencyName, String rateName, double centreNanos) {
        Histogram all = new Histogram(3);
        List<Double> medians = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            Histogram iteration = new Histogram(3);
            double centre = centreNanos * (1 + noise * random.nextGaussian());
            for (int k = 0; k < latenciesPerIteration; k++) {
                long value = Math.max(1, Math.round(centre * Math.exp(0.2 * random.nextGaussian())));
                iteration.recordValue(value);
                recordedLatencies.add(value);
            }
            medians.add((double) iteration.getValueAtPercentile(50));
            all.add(iteration);
        }
        List<Double> rates = medians.stream().map(m -> 1e9 / m).toList();
        return test(
                id,
                metric(latencyName, "ns", Better.LOWER, medians, Histograms.encode(all)),
                metric(rateName, "1/s", Better.HIGHER, rates, null));
    }

    static WorkloadResult test(String id, MetricResult... metrics) {
        String[] parts = id.split("/", 2);
        return new WorkloadResult(
                id, parts[0], parts[1], WorkloadStatus.OK, null, List.of(), List.of(metrics), List.of(), null, null);
    }

    private static MetricResult metric(
            String name, String unit, Better better, List<Double> samples, String histogram) {
        double[] values = samples.stream().mapToDouble(Double::doubleValue).toArray();
        double median = Samples.median(values);
        double min = Arrays.stream(values).min().orElseThrow();
        double max = Arrays.stream(values).max().orElseThrow();
        double mean = Arrays.stream(values).average().orElseThrow();
        Stats stats = new Stats(
                values.length,
                mean,
                0,
                Samples.coefficientOfVariation(values),
                min,
                median,
                max,
                max,
                max,
                max,
                max,
                min,
                max);
        return new MetricResult(
                name, unit, better, null, median, better == Better.HIGHER ? max : min, samples, stats, histogram);
    }

    private List<Double> draw(double centre) {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            samples.add(centre * (1 + noise * random.nextGaussian()));
        }
        return samples;
    }

    private Map<String, Object> hostBlock(String hostname) {
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("os", Map.of("family", "linux", "arch", "amd64"));
        host.put("kernel", "6.8.0-45-generic");
        host.put("hostname", hostname);
        host.put("cpu", Map.of("model", cpuModel, "cores", threads / 2, "threads", threads));
        host.put("memory", Map.of("totalBytes", 34_359_738_368L + hostname.hashCode() % 1000));
        host.put("jvm", Map.of("version", "25.0.1"));
        host.put("virtualization", Map.of("kind", "vm"));
        host.put("fingerprint", "f".repeat(64));
        return host;
    }

    static Path write(Path dir, String name, RunResult result) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, ResultCodec.toJson(result));
        return file;
    }
}
