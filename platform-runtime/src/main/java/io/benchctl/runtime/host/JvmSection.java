package io.benchctl.runtime.host;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Map;

/** The {@code jvm} object: the Java runtime that measures, and the flags it was started with. */
final class JvmSection {

    private JvmSection() {}

    static Map<String, Object> collect() {
        long maxHeapBytes = Runtime.getRuntime().maxMemory();
        return new Fields()
                .put("vendor", System.getProperty("java.vendor"))
                .put("version", System.getProperty("java.runtime.version"))
                .put("vmName", System.getProperty("java.vm.name"))
                .put("vmVersion", System.getProperty("java.vm.version"))
                .put("inputArguments", ManagementFactory.getRuntimeMXBean().getInputArguments())
                // Long.MAX_VALUE means "no limit", which is not a heap size.
                .putPositive("maxHeapBytes", maxHeapBytes == Long.MAX_VALUE ? 0 : maxHeapBytes)
                .put(
                        "garbageCollectors",
                        ManagementFactory.getGarbageCollectorMXBeans().stream()
                                .map(GarbageCollectorMXBean::getName)
                                .toList())
                .map();
    }
}
