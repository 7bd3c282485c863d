package io.benchctl.examples.gpu;

import java.util.List;
import oshi.SystemInfo;
import oshi.hardware.GraphicsCard;
import oshi.util.Constants;

/** Where the module learns about graphics adapters: OSHI in the product, a fixed list in tests. */
@FunctionalInterface
interface GpuSource {

    List<Gpu> find();

    /**
     * OSHI's graphics cards. On Linux OSHI forks {@code lspci} (or {@code lshw}); without those
     * tools it reports one placeholder card whose name and vendor are "unknown". That tells
     * nothing about a GPU, so it is left out, and the module is skipped as on a host without one.
     */
    GpuSource OSHI = () -> new SystemInfo()
            .getHardware().getGraphicsCards().stream()
                    .filter(card ->
                            !(Constants.UNKNOWN.equals(card.getName()) && Constants.UNKNOWN.equals(card.getVendor())))
                    .map((GraphicsCard card) -> new Gpu(card.getName(), card.getVendor(), card.getVRam()))
                    .toList();
}
