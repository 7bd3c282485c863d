package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The CPU as the OS describes it without OSHI (Linux: cpuinfo and sysfs; macOS: sysctl).
 *
 * @param model marketing name, or null
 * @param vendor vendor id ({@code vendor_id} / {@code CPU implementer}), or null
 * @param sockets physical packages with an online CPU; 0 = unknown
 * @param cores physical cores with an online CPU; 0 = unknown
 * @param threads online logical CPUs of the machine (not only those this process may use); 0 = unknown
 * @param hypervisor whether the CPU flags carry {@code hypervisor} (x86 guests)
 */
@API(status = INTERNAL, since = "1.3")
public record CpuTopology(String model, String vendor, int sockets, int cores, int threads, boolean hypervisor) {

    public static final CpuTopology UNKNOWN = new CpuTopology(null, null, 0, 0, 0, false);
}
