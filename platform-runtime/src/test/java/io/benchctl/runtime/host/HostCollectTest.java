package io.benchctl.runtime.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.benchctl.api.HostFacts;
import io.benchctl.runtime.result.ResultCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@link HostProbe#collect(List)} on this machine: schema, agreement with facts(), fingerprint. */
class HostCollectTest {

    @TempDir
    static Path scratch;

    private static Map<String, Object> host;

    @BeforeAll
    static void collectOnce() {
        host = HostProbe.collect(List.of(scratch, scratch.resolve("not/created/yet")));
    }

    @Test
    void validatesAgainstTheHostSchema() {
        List<Error> errors = hostSchema().validate(ResultCodec.toTree(host));
        assertTrue(errors.isEmpty(), () -> errors + "\n" + ResultCodec.toJsonLine(host));
    }

    @Test
    void jsonHoldsNoGarbage() {
        String json = ResultCodec.toJsonLine(host);
        for (String garbage : List.of("NaN", "Infinity", "\"unknown\"", ":-1", ":null", "\"\"")) {
            assertFalse(json.contains(garbage), () -> garbage + " in " + json);
        }
    }

    @Test
    void cpuAndMemoryAgreeWithFacts() {
        HostFacts facts = HostProbe.facts();
        assertEquals((long) facts.physicalCores(), number("cpu", "cores"));
        assertEquals((long) facts.logicalCpus(), number("cpu", "availableThreads"));
        assertEquals(facts.l1dCacheBytes(), number("cpu", "caches", "l1dBytes"));
        assertEquals(facts.l2CacheBytes(), number("cpu", "caches", "l2Bytes"));
        assertEquals(facts.totalMemoryBytes(), number("memory", "totalBytes"));
        assertTrue(number("cpu", "threads") >= number("cpu", "cores"));
    }

    @Test
    void fileSystemsCoverRootAndEveryPathInUse() throws Exception {
        List<Map<String, Object>> fileSystems = list("fileSystems");
        assertEquals(
                List.of(
                        "/",
                        scratch.toString(),
                        scratch.resolve("not/created/yet").toString()),
                fileSystems.stream().map(fs -> fs.get("path")).toList());
        String scratchType = Files.getFileStore(scratch).type();
        // A directory not created yet is reported on the file system that will hold it.
        assertEquals(scratchType, fileSystems.get(1).get("type"));
        assertEquals(scratchType, fileSystems.get(2).get("type"));
        assertEquals("/", fileSystems.get(0).get("mount"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void nicsAreRealInterfacesOtherThanLoopback() {
        for (Map<String, Object> nic : list("nics")) {
            assertNotEquals("lo", nic.get("name"));
            assertTrue(Files.isDirectory(Path.of("/sys/class/net", (String) nic.get("name"))), nic::toString);
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void virtualizationKindFollowsTheEvidence() throws Exception {
        Map<?, ?> virtualization = (Map<?, ?>) host.get("virtualization");
        String kind = (String) virtualization.get("kind");
        boolean dockerenv = Files.exists(Path.of("/.dockerenv"));
        assertEquals(dockerenv || Files.exists(Path.of("/run/.containerenv")), kind.startsWith("container"), kind);
        boolean hypervisorFlag = Files.readString(Path.of("/proc/cpuinfo")).contains(" hypervisor");
        if (hypervisorFlag) {
            assertEquals(Boolean.TRUE, virtualization.get("vm"));
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutOshiLinuxStillGivesAValidBlockAndTheSameFingerprint() throws Exception {
        // These JNA switches make OSHI's native library unloadable, as a noexec temp folder would.
        Path out = scratch.resolve("host-without-jna.json");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Processes.output(
                java.toString(),
                "-Djna.nounpack=true",
                "-Djna.nosys=true",
                "-cp",
                System.getProperty("java.class.path"),
                HostBlockMain.class.getName(),
                out.toString());
        var degraded = ResultCodec.mapper().readTree(out.toFile());
        assertTrue(hostSchema().validate(degraded).isEmpty(), degraded::toString);
        assertFalse(degraded.has("disks"), "disks need OSHI: " + degraded);
        assertEquals(host.get("fingerprint"), degraded.get("fingerprint").asString());
    }

    @Test
    void fingerprintIsStableAcrossCalls() {
        // Another call with other paths in use: the fingerprint does not depend on them.
        assertEquals(host.get("fingerprint"), HostProbe.collect(List.of()).get("fingerprint"));
    }

    @Test
    void fingerprintIgnoresVolatileFields() {
        Map<String, Object> changed = copy();
        changed.put("hostname", "renamed-host");
        changed.put("kernel", "9.9.9-updated");
        changed.remove("fileSystems");
        changed.remove("disks");
        nested(changed, "jvm").put("version", "99+1");
        nested(changed, "memory").put("availableBytes", 1);
        nested(changed, "memory").put("totalBytes", number("memory", "totalBytes") + 64L * 1024 * 1024);
        assertEquals(host.get("fingerprint"), Fingerprint.of(changed));
    }

    @Test
    void fingerprintChangesWithTheHardware() {
        Map<String, Object> moreCores = copy();
        nested(moreCores, "cpu").put("cores", number("cpu", "cores") + 1);
        Map<String, Object> otherModel = copy();
        nested(otherModel, "cpu").put("model", "Another CPU");
        Map<String, Object> moreMemory = copy();
        nested(moreMemory, "memory").put("totalBytes", number("memory", "totalBytes") + (2L << 30));
        for (Map<String, Object> other : List.of(moreCores, otherModel, moreMemory)) {
            assertNotEquals(host.get("fingerprint"), Fingerprint.of(other));
        }
    }

    @Test
    void sysinfoTextNamesTheCpuAndCaches() {
        String text = SysinfoText.render(host);
        assertTrue(text.contains((String) nested(host, "cpu").get("model")), text);
        assertTrue(text.contains("L1d " + SysinfoText.bytes(number("cpu", "caches", "l1dBytes"))), text);
        assertTrue(text.contains((String) host.get("fingerprint")), text);
    }

    private static Schema hostSchema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("classpath:io/benchctl/runtime/schemas/host.schema.json"));
    }

    /** A deep copy as a reader of the JSON would see it (numbers come back as Integer or Long). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy() {
        return ResultCodec.mapper().readValue(ResultCodec.toJsonLine(host), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    private static long number(String... path) {
        Object node = host;
        for (String key : path) {
            node = ((Map<?, ?>) node).get(key);
        }
        return ((Number) node).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(String key) {
        return (List<Map<String, Object>>) host.get(key);
    }
}
