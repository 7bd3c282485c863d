package io.benchctl.runtime.host;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.HostFacts;
import io.benchctl.runtime.platform.CacheSizes;
import io.benchctl.runtime.platform.CpuTopology;
import io.benchctl.runtime.platform.HostProbes;
import io.benchctl.runtime.platform.MemoryFigures;
import io.benchctl.runtime.platform.PlatformLayer;
import io.benchctl.runtime.platform.Platforms;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;

/**
 * Probes the host: {@link #facts()} quickly for planning, {@link #collect(List)} fully for the
 * result's {@code host} block (see {@code schemas/host.schema.json}).
 */
@API(status = INTERNAL, since = "1.0")
public final class HostProbe {

    /** Looked up lazily: initialising logging would cost {@link #facts()} more than its probing. */
    private static Logger log() {
        return LoggerFactory.getLogger(HostProbe.class);
    }

    private HostProbe() {}

    /**
     * What modules plan with. Where the platform layer states the host's facts (Linux, macOS) it
     * asks only the layer (a few milliseconds; OSHI costs some 300 ms cold), elsewhere OSHI. {@code logicalCpus} is what this process
     * may run on ({@link Runtime#availableProcessors()} honours the affinity mask and the cgroup
     * CPU quota); {@code physicalCores} is the machine's.
     */
    public static HostFacts facts() {
        String os = osFamily();
        int logicalCpus = Runtime.getRuntime().availableProcessors();
        HostProbes probes = Platforms.current().host();
        CpuTopology cpu = probes.cpu();
        if (cpu.cores() > 0) {
            MemoryFigures memory = probes.memory();
            if (memory.totalBytes() > 0) {
                CacheSizes caches = probes.caches();
                return new HostFacts(
                        os,
                        logicalCpus,
                        cpu.cores(),
                        caches.l1dBytes(),
                        caches.l2Bytes(),
                        caches.lastLevelBytes(),
                        memory.totalBytes());
            }
            log().debug("the platform layer's host facts are incomplete; asking OSHI");
        }
        var hardware = new SystemInfo().getHardware();
        CentralProcessor processor = hardware.getProcessor();
        CacheSizes caches = OshiCaches.convert(processor.getProcessorCaches());
        return new HostFacts(
                os,
                logicalCpus,
                processor.getPhysicalProcessorCount(),
                caches.l1dBytes(),
                caches.l2Bytes(),
                caches.lastLevelBytes(),
                hardware.getMemory().getTotal());
    }

    /**
     * The full {@code host} block, in schema order, ending with its {@code fingerprint}. Sections
     * that cannot be read are left out (and logged), never filled with guesses.
     *
     * @param pathsInUse directories the run uses (e.g. the disk module's {@code dir}); the file
     *     systems holding them and {@code /} are reported. May be empty.
     */
    public static Map<String, Object> collect(List<Path> pathsInUse) {
        List<Path> paths = List.copyOf(pathsInUse);
        // Start logging here: OSHI logs from the worker threads, and SLF4J warns on stderr when
        // several threads race to initialise it.
        log().debug("collecting host metadata for {}", paths);
        PlatformLayer layer = Platforms.current();
        HostProbes probes = layer.host();
        SystemInfo systemInfo = new SystemInfo();
        Fields host = new Fields();
        // OSHI's first use (JNA and class loading, ~250 ms cold) dominates; the sections that
        // need OSHI run beside each other, and beside the platform layer's probes, not in turn.
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<CpuSection> cpu = pool.submit(() -> CpuSection.collect(systemInfo, probes));
            Future<List<Map<String, Object>>> disks = pool.submit(() -> StorageSection.disks(systemInfo, probes));
            Future<List<Map<String, Object>>> fileSystems =
                    pool.submit(() -> StorageSection.fileSystems(systemInfo, probes, paths));
            Future<List<Map<String, Object>>> nics = pool.submit(() -> NetworkSection.nics(systemInfo));
            Map<String, Object> os = section("os", () -> OsSection.collect(systemInfo, probes));
            if (os != null) {
                os.forEach(host::put);
            }
            CpuSection cpuSection = await(cpu, "cpu");
            host.put("cpu", cpuSection == null ? null : cpuSection.fields());
            host.put("memory", section("memory", () -> MemorySection.collect(systemInfo, probes)));
            host.put("disks", await(disks, "disks"));
            host.put("fileSystems", await(fileSystems, "file systems"));
            host.put("nics", await(nics, "network interfaces"));
            host.put("jvm", section("jvm", JvmSection::collect));
            host.put(
                    "virtualization",
                    section(
                            "virtualization",
                            () -> Virtualization.collect(probes, cpuSection != null && cpuSection.hypervisorFlag())));
            host.put("platform", layer.name());
        }
        host.put("fingerprint", Fingerprint.of(host.map()));
        return host.map();
    }

    /** Lower-case OS family, as in {@link HostFacts#os()}: linux, mac, windows or other. */
    static String osFamily() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("linux")) {
            return "linux";
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return "mac";
        }
        return name.startsWith("windows") ? "windows" : "other";
    }

    private static <T> T await(Future<T> future, String what) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            log().warn("host metadata: cannot read {}: {}", what, e.getCause().toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static <T> T section(String what, Supplier<T> probe) {
        try {
            return probe.get();
        } catch (RuntimeException | LinkageError e) { // LinkageError: OSHI's native library
            log().warn("host metadata: cannot read {}: {}", what, e.toString());
            return null;
        }
    }
}
