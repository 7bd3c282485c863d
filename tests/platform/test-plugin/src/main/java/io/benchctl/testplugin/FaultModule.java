package io.benchctl.testplugin;

import io.benchctl.api.BenchmarkModule;
import io.benchctl.api.Better;
import io.benchctl.api.HostFacts;
import io.benchctl.api.Metric;
import io.benchctl.api.Resource;
import io.benchctl.api.Settings;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Faults on demand: throws in, or hangs in, the lifecycle step its settings name. A hang ignores
 * interrupts when {@code stubborn} is set, like a module stuck in native code. Other settings
 * exit the JVM, leak a thread, fill the heap, or write a file outside the scratch space.
 */
@Extension
public final class FaultModule implements BenchmarkModule {
    static final Metric VALUE = Metric.of("value", "units", Better.HIGHER);

    @Override
    public String id() {
        return "fault";
    }

    @Override
    public String description() {
        return "throws or hangs in a chosen step (platform test module)";
    }

    @Override
    public Set<Resource> resources() {
        return Set.of();
    }

    @Override
    public String configSchema() {
        return """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "additionalProperties": false,
             "properties": {
               "throw_in": {"enum": ["none", "plan", "init", "warmup", "run", "cooldown", "close"]},
               "hang_in": {"enum": ["none", "init", "warmup", "run", "cooldown", "close"]},
               "stubborn": {"type": "boolean"},
               "exit_in": {"enum": ["none", "init", "run"]},
               "leak_thread": {"type": "boolean"},
               "fill_memory": {"type": "boolean"},
               "write_outside": {"type": "string"},
               "marker_dir": {"type": "string"}
             }}""";
    }

    @Override
    public Map<String, Object> defaults(HostFacts host) {
        return Map.of(
                "throw_in",
                "none",
                "hang_in",
                "none",
                "stubborn",
                false,
                "marker_dir",
                "",
                "exit_in",
                "none",
                "leak_thread",
                false,
                "fill_memory",
                false,
                "write_outside",
                "");
    }

    @Override
    public List<Workload> plan(Settings settings, HostFacts host) {
        if ("plan".equals(settings.getString("throw_in"))) {
            throw new IllegalStateException("fault injected in plan");
        }
        return List.of(new FaultWorkload(
                settings.getString("throw_in"),
                settings.getString("hang_in"),
                settings.getBoolean("stubborn"),
                settings.getString("marker_dir"),
                settings.getString("exit_in"),
                settings.getBoolean("leak_thread"),
                settings.getBoolean("fill_memory"),
                settings.getString("write_outside")));
    }

    private record FaultWorkload(
            String throwIn,
            String hangIn,
            boolean stubborn,
            String markerDir,
            String exitIn,
            boolean leakThread,
            boolean fillMemory,
            String writeOutside)
            implements Workload {
        @Override
        public String variant() {
            return "throw-" + throwIn + "-hang-" + hangIn;
        }

        private void step(String name) throws InterruptedException {
            mark(name);
            if (exitIn.equals(name)) {
                System.exit(42); // a plugin that ends the JVM: nothing in-process can stop it on JDK 25
            }
            if (fillMemory && name.equals("run")) {
                List<long[]> hog = new java.util.ArrayList<>();
                while (true) {
                    hog.add(new long[4 << 20]); // 32 MiB at a time until the heap is exhausted
                }
            }
            if (throwIn.equals(name)) {
                throw new IllegalStateException("fault injected in " + name);
            }
            if (hangIn.equals(name)) {
                long until = System.nanoTime() + 600_000_000_000L;
                while (System.nanoTime() < until) {
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                        if (!stubborn) {
                            throw e;
                        }
                    }
                }
            }
        }

        /** Leaves a file per step reached, so tests can see which steps ran (e.g. that close ran). */
        private void mark(String name) {
            if (!markerDir.isEmpty()) {
                try {
                    Files.writeString(Path.of(markerDir).resolve(name), name);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }

        @Override
        public void init(WorkloadContext context) throws Exception {
            if (leakThread) {
                // A non-daemon thread the workload never stops; bounded so a test JVM still ends.
                Thread.ofPlatform().name("fault-leaked").start(() -> {
                    try {
                        Thread.sleep(30_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            step("init");
        }

        @Override
        public void warmup(WorkloadContext context) throws Exception {
            step("warmup");
        }

        @Override
        public void runIteration(WorkloadContext context, int iteration) throws Exception {
            step("run");
            if (!writeOutside.isEmpty()) {
                // A file beside the scratch space, not in it: a relative path lands in the working directory.
                Files.writeString(Path.of(writeOutside), "written by the fault module, not benchctl's to remove");
            }
            context.recorder().recordValue(VALUE, 1.0 + iteration);
        }

        @Override
        public void cooldown(WorkloadContext context) throws Exception {
            step("cooldown");
        }

        @Override
        public void close() throws Exception {
            step("close");
        }
    }
}
