package io.benchctl.examples.gpu;

import io.benchctl.api.Better;
import io.benchctl.api.Metric;
import io.benchctl.api.Workload;
import io.benchctl.api.WorkloadContext;
import io.benchctl.api.WorkloadSkippedException;
import io.benchctl.api.format.UnitText;
import java.util.List;

/**
 * Reads the GPU inventory once in {@code init} and reports it in every iteration. Nothing is
 * timed: the figures are counts, identical in each iteration.
 */
final class GpuInventory implements Workload {
    static final Metric GPUS = Metric.of("gpus", "count", Better.HIGHER);
    static final Metric VRAM_TOTAL = Metric.of("vram_total", "MiB", Better.HIGHER);

    private final GpuSource source;
    private final long minVramBytes;
    private List<Gpu> gpus = List.of();

    GpuInventory(GpuSource source, long minVramBytes) {
        this.source = source;
        this.minVramBytes = minVramBytes;
    }

    @Override
    public String variant() {
        return "inventory";
    }

    /**
     * @throws WorkloadSkippedException "no GPU found" (saying how many small adapters were left
     *     out by {@code min_vram}, if any)
     */
    @Override
    public void init(WorkloadContext context) {
        List<Gpu> all = source.find();
        gpus = all.stream().filter(gpu -> gpu.vramBytes() >= minVramBytes).toList();
        if (gpus.isEmpty()) {
            int ignored = all.size();
            throw new WorkloadSkippedException(
                    ignored == 0
                            ? "no GPU found"
                            : "no GPU found with at least " + UnitText.exactBytes(minVramBytes) + " of VRAM (" + ignored
                                    + " smaller ignored)");
        }
        for (int i = 0; i < gpus.size(); i++) {
            context.warn("gpu-found", "GPU " + i + ": " + gpus.get(i).describe());
        }
    }

    /** There is nothing to warm up. */
    @Override
    public void warmup(WorkloadContext context) {}

    @Override
    public void runIteration(WorkloadContext context, int iteration) {
        context.recorder().recordValue(GPUS, gpus.size());
        context.recorder()
                .recordValue(VRAM_TOTAL, gpus.stream().mapToLong(Gpu::vramBytes).sum() / (1024.0 * 1024.0));
    }

    /** Nothing to settle. */
    @Override
    public void cooldown(WorkloadContext context) {}
}
