package io.benchctl.runtime.platform;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * The host's facts as the OS states them cheaply, without OSHI (whose first use costs some 300 ms):
 * what planning needs fast and what OSHI does not tell. Every method defaults to "unknown", which
 * is all the portable layer says; the host block then asks OSHI or leaves the entry out.
 */
@API(status = INTERNAL, since = "1.3")
public interface HostProbes {

    default CpuTopology cpu() {
        return CpuTopology.UNKNOWN;
    }

    default CacheSizes caches() {
        return CacheSizes.UNKNOWN;
    }

    default MemoryFigures memory() {
        return MemoryFigures.UNKNOWN;
    }

    /** The kernel's release ({@code uname -r}). */
    default Optional<String> kernelRelease() {
        return Optional.empty();
    }

    /**
     * The host's name: the OS's own where the layer reads it, else {@code COMPUTERNAME} (Windows),
     * {@code HOSTNAME}, or the JDK's local host name.
     */
    default Optional<String> hostname() {
        for (String variable : List.of("COMPUTERNAME", "HOSTNAME")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        try {
            return Optional.of(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** The CPU's base frequency in Hz, where the OS states it. */
    default OptionalLong baseFrequencyHz() {
        return OptionalLong.empty();
    }

    /** The CPU's highest frequency in Hz, where the OS states it. */
    default OptionalLong maxFrequencyHz() {
        return OptionalLong.empty();
    }

    /** The frequency governors of the online CPUs, comma-joined when they differ. */
    default Optional<String> cpuGovernors() {
        return Optional.empty();
    }

    /** The transparent huge page mode ({@code always}, {@code madvise}, {@code never}). */
    default Optional<String> transparentHugePages() {
        return Optional.empty();
    }

    /** Whether the block device (e.g. {@code sda}, {@code /dev/nvme0n1}) spins. */
    default Optional<Boolean> rotational(String device) {
        return Optional.empty();
    }

    /** Every mount point, as the kernel lists them; empty where the layer cannot (OSHI then does). */
    default Optional<List<String>> mountPoints() {
        return Optional.empty();
    }

    /** What the firmware says of the machine, where it does: vendor, product, hypervisor type. */
    default Optional<String> firmware(FirmwareField field) {
        return Optional.empty();
    }

    /** The control groups this process is in, as the kernel lists them. */
    default Optional<String> controlGroups() {
        return Optional.empty();
    }

    /** This process's pid namespace (e.g. {@code pid:[4026531836]}), where the OS has them. */
    default Optional<String> pidNamespace() {
        return Optional.empty();
    }

    /** The firmware facts {@link #firmware} reads. */
    enum FirmwareField {
        SYSTEM_VENDOR,
        PRODUCT_NAME,
        HYPERVISOR_TYPE
    }
}
