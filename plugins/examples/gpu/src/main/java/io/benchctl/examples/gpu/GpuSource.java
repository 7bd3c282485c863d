package io.benchctl.examples.gpu;

import java.util.List;
import oshi.SystemInfo;
import oshi.hardware.GraphicsCard;

/** Where the module learns about graphics adapters: OSHI in the product, a fixed list in tests. */
@FunctionalInterface
interface GpuSource {

    List<Gpu> find();

    /**
     * OSHI's graphics cards. On Linux OSHI forks {@code lspci} (or {@code lshw}); without those
     * tools it finds none, and the module is skipped as on a host without a GPU.
     */
    GpuSource OSHI = () -> new SystemInfo().getHardware().getGraphicsCards().stream()
            .map((GraphicsCard card) -> new Gpu(card.getName(), card.getVendor(), card.getVRam()))
            .toList();
}
