package io.benchctl.runtime.platform.linux;

import io.benchctl.runtime.platform.CacheSizes;
import io.benchctl.runtime.platform.CpuTopology;
import io.benchctl.runtime.platform.HostProbes;
import io.benchctl.runtime.platform.MemoryFigures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The host as /proc and /sys state it: a few milliseconds, no OSHI, no fork. */
final class LinuxHostProbes implements HostProbes {

    @Override
    public CpuTopology cpu() {
        return LinuxCpuFiles.topology();
    }

    @Override
    public CacheSizes caches() {
        return LinuxCpuFiles.caches();
    }

    @Override
    public MemoryFigures memory() {
        long total = -1;
        long available = -1;
        long swapTotal = -1;
        long swapFree = -1;
        for (String line : SysFiles.lines(Path.of("/proc/meminfo"))) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            // "MemTotal:       24684084 kB": the kernel writes "kB" but means KiB.
            String value = line.substring(colon + 1).replace("kB", "").strip();
            switch (line.substring(0, colon)) {
                case "MemTotal" -> total = kibToBytes(value);
                case "MemAvailable" -> available = kibToBytes(value);
                case "SwapTotal" -> swapTotal = kibToBytes(value);
                case "SwapFree" -> swapFree = kibToBytes(value);
                default -> {}
            }
        }
        return new MemoryFigures(total, available, swapTotal, swapFree);
    }

    @Override
    public Optional<String> kernelRelease() {
        return Optional.ofNullable(SysFiles.read(Path.of("/proc/sys/kernel/osrelease")));
    }

    @Override
    public Optional<String> hostname() {
        return Optional.ofNullable(SysFiles.read(Path.of("/proc/sys/kernel/hostname")))
                .or(HostProbes.super::hostname);
    }

    @Override
    public OptionalLong baseFrequencyHz() {
        return LinuxCpuFiles.frequencyHz("base_frequency");
    }

    @Override
    public OptionalLong maxFrequencyHz() {
        return LinuxCpuFiles.frequencyHz("cpuinfo_max_freq");
    }

    @Override
    public Optional<String> cpuGovernors() {
        return Optional.ofNullable(LinuxCpuFiles.governors());
    }

    /** The bracketed choice of {@code always [madvise] never}. */
    @Override
    public Optional<String> transparentHugePages() {
        String text = SysFiles.read(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
        if (text == null) {
            return Optional.empty();
        }
        int open = text.indexOf('[');
        int close = text.indexOf(']', open + 1);
        return open >= 0 && close > open ? Optional.of(text.substring(open + 1, close)) : Optional.empty();
    }

    @Override
    public Optional<Boolean> rotational(String device) {
        String name = Path.of(device).getFileName().toString();
        long rotational = SysFiles.readLong(Path.of("/sys/block", name, "queue", "rotational"));
        return rotational < 0 ? Optional.empty() : Optional.of(rotational == 1);
    }

    /** Mount points from /proc/self/mounts, where the kernel escapes blanks as octal ({@code \040}). */
    @Override
    public Optional<List<String>> mountPoints() {
        List<String> mounts = new ArrayList<>();
        for (String line : SysFiles.lines(Path.of("/proc/self/mounts"))) {
            String[] fields = line.split(" ");
            if (fields.length > 1) {
                mounts.add(unescapeOctal(fields[1]));
            }
        }
        return Optional.of(mounts);
    }

    @Override
    public Optional<String> firmware(FirmwareField field) {
        Path file = switch (field) {
            case SYSTEM_VENDOR -> Path.of("/sys/class/dmi/id/sys_vendor");
            case PRODUCT_NAME -> Path.of("/sys/class/dmi/id/product_name");
            case HYPERVISOR_TYPE -> Path.of("/sys/hypervisor/type");
        };
        return Optional.ofNullable(SysFiles.read(file));
    }

    @Override
    public Optional<String> controlGroups() {
        List<String> lines = SysFiles.lines(Path.of("/proc/self/cgroup"));
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    @Override
    public Optional<String> pidNamespace() {
        try {
            return Optional.of(
                    Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString());
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static long kibToBytes(String kib) {
        try {
            return Long.parseLong(kib) * 1024;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String unescapeOctal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\'
                    && i + 3 < text.length()
                    && text.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
