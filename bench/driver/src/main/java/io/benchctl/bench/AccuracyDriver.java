package io.benchctl.bench;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.result.MetricResult;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.testkit.ModuleRun;
import io.benchctl.testkit.ModuleTestKit;
import io.benchctl.testkit.TestSettings;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pf4j.processor.ExtensionStorage;
import org.pf4j.processor.IndexedExtensionStorage;

/**
 * Runs one module's workloads in-process through the runtime's driver (the test kit: settings
 * validated against the module's schema, the runtime's lifecycle, time limits, pinning and
 * statistics) and prints each aggregate metric as {@code RESULT <workload> <metric> <median>
 * <best>}. For bench/accuracy.sh.
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
        ModuleRun run = ModuleTestKit.forModule(module)
                .settings(overrides)
                .warmup(warmup)
                .iterationDuration(duration)
                .iterations(iterations)
                .affinity(affinity)
                .run();
        int failures = 0;
        for (WorkloadResult test : run.tests()) {
            if (test.status() != WorkloadStatus.OK) {
                System.err.println(test.id() + " " + test.status().name().toLowerCase(Locale.ROOT) + ": "
                        + (test.error() == null ? "" : test.error().message()));
                failures++;
                continue;
            }
            for (MetricResult metric : test.metrics()) {
                if (metric.thread() == null) {
                    System.out.printf(
                            "RESULT %s %s %.1f %.1f%n", test.id(), metric.name(), metric.value(), metric.best());
                }
            }
            System.err.println(test.id() + " pinned to CPUs " + test.pinnedCpus() + "; warnings "
                    + test.warnings().stream().map(WarningInfo::code).toList());
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
        return TestSettings.of(Map.of("d", text)).getDuration("d");
    }
}
