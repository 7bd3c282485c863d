package io.benchctl.examples.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.ErrorCode;
import io.benchctl.api.result.RunStatus;
import io.benchctl.api.result.WarningInfo;
import io.benchctl.api.result.WorkloadResult;
import io.benchctl.api.result.WorkloadStatus;
import io.benchctl.testkit.ModuleRun;
import io.benchctl.testkit.ModuleTestKit;
import java.util.List;
import org.junit.jupiter.api.Test;

class GpuModuleTest {
    private static final long GIB = 1L << 30;

    @Test
    void reportsWhatOshiFindsOnThisHost() {
        List<Gpu> found = GpuSource.OSHI.find();
        ModuleRun run = ModuleTestKit.forModule(new GpuModule()).run();

        WorkloadResult test = run.test("inventory");
        assertEquals(0, run.exitCode());
        if (found.isEmpty()) {
            assertEquals(WorkloadStatus.SKIPPED, test.status());
            assertEquals(ErrorCode.SKIPPED, test.error().code());
            assertEquals("no GPU found", test.error().message());
        } else {
            assertEquals(WorkloadStatus.OK, test.status(), String.valueOf(test.error()));
            assertEquals(found.size(), run.metric("inventory", "gpus").value());
        }
    }

    @Test
    void listsEachGpuWithNameVendorAndVram() {
        GpuSource two = () -> List.of(
                new Gpu("NVIDIA A10", "NVIDIA Corporation", 24 * GIB),
                new Gpu("Radeon Pro W6800", "Advanced Micro Devices, Inc.", 32 * GIB));
        ModuleRun run = ModuleTestKit.forModule(new GpuModule(two)).run();

        WorkloadResult test = run.test("inventory");
        assertEquals(WorkloadStatus.OK, test.status());
        assertEquals(2, run.metric("inventory", "gpus").value());
        assertEquals(56 * 1024, run.metric("inventory", "vram_total").value());
        assertEquals(
                List.of(
                        new WarningInfo("gpu-found", "GPU 0: NVIDIA A10 (NVIDIA Corporation, VRAM 24.0 GiB)"),
                        new WarningInfo(
                                "gpu-found", "GPU 1: Radeon Pro W6800 (Advanced Micro Devices, Inc., VRAM 32.0 GiB)")),
                test.warnings().stream()
                        .filter(w -> w.code().equals("gpu-found"))
                        .toList());
    }

    @Test
    void isSkippedWithTheReasonWhenThereIsNoGpu() {
        ModuleRun run = ModuleTestKit.forModule(new GpuModule(List::of)).run();

        WorkloadResult test = run.test("inventory");
        assertEquals(WorkloadStatus.SKIPPED, test.status());
        assertEquals("no GPU found", test.error().message());
        assertTrue(test.metrics().isEmpty());
        assertEquals(RunStatus.OK, run.result().status(), "a skipped workload does not fail the run");
    }

    @Test
    void minVramLeavesOutVirtualDisplayAdapters() {
        GpuSource virtualOnly = () -> List.of(new Gpu("QXL paravirtual graphic card", "Red Hat, Inc.", 64L << 20));
        ModuleRun run = ModuleTestKit.forModule(new GpuModule(virtualOnly))
                .set("min_vram", "256MiB")
                .run();

        assertEquals(
                "no GPU found with at least 256MiB of VRAM (1 smaller ignored)",
                run.test("inventory").error().message());
    }

    @Test
    void aMinVramThatIsNotASizeIsRejected() {
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class,
                () -> ModuleTestKit.forModule(new GpuModule(List::of))
                        .set("min_vram", "lots")
                        .run());
        assertTrue(error.getMessage().contains("min_vram"), error.getMessage());
    }
}
