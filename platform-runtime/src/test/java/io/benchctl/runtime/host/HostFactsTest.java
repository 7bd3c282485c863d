package io.benchctl.runtime.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.benchctl.api.HostFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** {@link HostProbe#facts()} against this machine's /proc and /sys, read here another way. */
@EnabledOnOs(OS.LINUX)
class HostFactsTest {

    private static final long KIB = 1024;
    private static final long MIB = 1024 * KIB;
    private static final long GIB = 1024 * MIB;

    private final HostFacts facts = HostProbe.facts();

    @Test
    void logicalCpusAreWhatNprocSays() throws Exception {
        // nproc counts the CPUs of this process's affinity mask, as the JVM does.
        assertEquals(Integer.parseInt(Processes.output("nproc")), facts.logicalCpus());
    }

    @Test
    void totalMemoryIsMemTotalInBytes() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            long kib = lines.filter(line -> line.startsWith("MemTotal:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst()
                    .orElseThrow();
            assertEquals(kib * KIB, facts.totalMemoryBytes());
        }
    }

    @Test
    void physicalCoresAreTheDistinctPackageDieAndCoreIds() throws IOException {
        Set<String> cores = new HashSet<>();
        try (Stream<Path> cpus = Files.list(Path.of("/sys/devices/system/cpu"))) {
            for (Path cpu : cpus.filter(p -> p.getFileName().toString().matches("cpu\\d+"))
                    .toList()) {
                Path topology = cpu.resolve("topology");
                if (Files.exists(topology)) {
                    Path die = topology.resolve("die_id");
                    cores.add(Files.readString(topology.resolve("physical_package_id"))
                                    .strip() + "/"
                            + (Files.exists(die) ? Files.readString(die).strip() : "") + "/"
                            + Files.readString(topology.resolve("core_id")).strip());
                }
            }
        }
        assertEquals(cores.size(), facts.physicalCores());
        assertTrue(facts.physicalCores() >= 1);
    }

    @Test
    void cachesAreInBytesAsGetconfReportsThem() throws Exception {
        // glibc's getconf reads the same caches and prints bytes; OSHI printed KiB here.
        String l1d = Processes.output("getconf", "LEVEL1_DCACHE_SIZE");
        String l2 = Processes.output("getconf", "LEVEL2_CACHE_SIZE");
        assumeTrue(l1d.matches("[1-9]\\d*") && l2.matches("[1-9]\\d*"), "this libc's getconf does not know the caches");
        assertEquals(Long.parseLong(l1d), facts.l1dCacheBytes());
        assertEquals(Long.parseLong(l2), facts.l2CacheBytes());
    }

    @Test
    void cachesArePlausible() {
        assertBetween(8 * KIB, MIB, facts.l1dCacheBytes(), "L1d");
        assertBetween(64 * KIB, 64 * MIB, facts.l2CacheBytes(), "L2");
        assertBetween(facts.l2CacheBytes(), 2 * GIB, facts.lastLevelCacheBytes(), "last level");
    }

    @Test
    void osIsLinux() {
        assertEquals("linux", facts.os());
    }

    private static void assertBetween(long min, long max, long actual, String what) {
        assertTrue(actual >= min && actual <= max, what + " = " + actual + " bytes, expected " + min + ".." + max);
    }
}
