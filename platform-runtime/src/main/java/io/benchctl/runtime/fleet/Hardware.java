package io.benchctl.runtime.fleet;

import io.benchctl.api.report.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hardware a host's figures depend on: CPU model, logical CPUs, memory (to the GiB, as the
 * host fingerprint rounds it), kernel and virtualisation kind. Hosts that agree on all of them
 * form one group; any field the host block lacks is null and must match null.
 */
record Hardware(String cpuModel, Integer threads, Long memoryGib, String kernel, String virtualization) {

    private static final double GIB = 1024.0 * 1024 * 1024;

    static Hardware of(Map<String, Object> host) {
        Map<?, ?> block = host == null ? Map.of() : host;
        Map<?, ?> cpu = table(block.get("cpu"));
        Map<?, ?> memory = table(block.get("memory"));
        Map<?, ?> virtualization = table(block.get("virtualization"));
        Long memoryGib =
                memory.get("totalBytes") instanceof Number total ? Math.round(total.doubleValue() / GIB) : null;
        return new Hardware(
                text(cpu.get("model")),
                cpu.get("threads") instanceof Number threads ? threads.intValue() : null,
                memoryGib,
                text(block.get("kernel")),
                text(virtualization.get("kind")));
    }

    Long memoryBytes() {
        return memoryGib == null ? null : (long) (memoryGib * GIB);
    }

    /** {@code AMD EPYC, 2 threads, 24.0 GiB, kernel 6.18.44, vm}: what tells groups apart. */
    String label() {
        List<String> parts = new ArrayList<>();
        parts.add(cpuModel == null ? "unknown CPU" : cpuModel);
        parts.add(threads == null ? "? threads" : threads + " threads");
        parts.add(memoryGib == null ? "? memory" : Formats.bytes(memoryBytes()));
        parts.add("kernel " + (kernel == null ? "?" : kernel));
        parts.add(virtualization == null ? "? virtualisation" : virtualization);
        return String.join(", ", parts);
    }

    private static Map<?, ?> table(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
