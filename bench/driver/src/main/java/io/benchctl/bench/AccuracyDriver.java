package io.benchctl.bench;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Workload;
import io.benchctl.api.result.MetricResult;
import io.benchctl.kit.testing.MapSettings;
import io.benchctl.kit.testing.SysfsHostFacts;
import io.benchctl.kit.testing.TestWorkloadContext;
import io.benchctl.runtime.affinity.ThreadPinner;
import io.benchctl.runtime.stats.WorkloadRecorder;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.processor.ExtensionStorage;
import org.pf4j.processor.IndexedExtensionStorage;

/**
 * Runs one module's workloads in-process, the way the runtime will, and prints each aggregate
 * metric as {@code RESULT <workload> <metric> <median> <best>}. For bench/accuracy.sh until the
 * CLI runs modules.
 *
 * <pre>AccuracyDriver MODULE [key=value...] [--warmup 1s] [--duration 2s] [--iterations 3] [--no-affinity]</pre>
 *
 * {@code [a,b]} is a list (TOML-like, without quotes); an integer is a number; anything else a string.
 */
public final class AccuracyDriver {

    private AccuracyDriver() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: AccuracyDriver MODULE [key=value...] [--warmup D] [--duration D] "
                    + "[--iterations N] [--no-affinity]");
            System.exit(2);
        }
        String moduleId = args[0];
        Map<String, Object> overrides = new HashMap<>();
        Duration warmup = Duration.ofSeconds(1);
        Duration duration = Duration.ofSeconds(2);
        int iterations = 3;
        boolean affinity = true;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = parseDuration(args[++i]);
                case "--duration" -> duration = parseDuration(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--no-affinity" -> affinity = false;
                default -> {
                    String[] keyValue = args[i].split("=", 2);
                    overrides.put(keyValue[0], parseValue(keyValue[1]));
                }
            }
        }
        BenchmarkModule module = indexedModule(moduleId);
        HostFacts host = SysfsHostFacts.detect();
        MapSettings settings = MapSettings.merged(module.defaults(host), overrides);
        Path scratch = Files.createTempDirectory("benchctl-driver");
        int failures = 0;
        try {
            for (Workload workload : module.plan(settings, host)) {
                String id = moduleId + "/" + workload.variant();
                ThreadPinner pinner = ThreadPinner.create(affinity);
                WorkloadRecorder recorder = new WorkloadRecorder(id);
                TestWorkloadContext context =
                        new TestWorkloadContext(id, settings, host, warmup, duration, iterations, pinner, scratch);
                try {
                    context.drive(workload, recorder, recorder::startIteration, n -> recorder.finishIteration());
                } catch (Exception e) {
                    System.err.println(id + " failed: " + e.getMessage());
                    failures++;
                    continue;
                }
                for (MetricResult metric : recorder.results()) {
                    if (metric.thread() == null) {
                        System.out.printf("RESULT %s %s %.1f %.1f%n", id, metric.name(), metric.value(), metric.best());
                    }
                }
                System.err.println(id + " pinned to CPUs " + pinner.pinnedCpus()
                        + pinner.warning().map(w -> " (" + w + ")").orElse("") + "; warnings "
                        + recorder.warnings().stream().map(w -> w.code()).toList());
            }
        } finally {
            Files.deleteIfExists(scratch);
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    /** The module with {@code id} among the classes PF4J's extension indexes on the class path name. */
    private static BenchmarkModule indexedModule(String id) throws IOException, ReflectiveOperationException {
        ClassLoader loader = AccuracyDriver.class.getClassLoader();
        Set<String> classNames = new LinkedHashSet<>();
        for (URL index : Collections.list(loader.getResources(IndexedExtensionStorage.EXTENSIONS_RESOURCE))) {
            try (Reader reader = new InputStreamReader(index.openStream(), StandardCharsets.UTF_8)) {
                ExtensionStorage.read(reader, classNames);
            }
        }
        for (String className : classNames) {
            Class<?> type = Class.forName(className, true, loader);
            if (BenchmarkModule.class.isAssignableFrom(type)) {
                BenchmarkModule module =
                        (BenchmarkModule) type.getDeclaredConstructor().newInstance();
                if (module.id().equals(id)) {
                    return module;
                }
            }
        }
        throw new IllegalArgumentException("no module '" + id + "' on the class path");
    }

    private static Object parseValue(String text) {
        if (text.startsWith("[") && text.endsWith("]")) {
            List<Object> values = new ArrayList<>();
            Arrays.stream(text.substring(1, text.length() - 1).split(","))
                    .map(AccuracyDriver::parseValue)
                    .forEach(values::add);
            return values;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Duration parseDuration(String text) {
        return new MapSettings(Map.of("d", text)).getDuration("d");
    }
}
