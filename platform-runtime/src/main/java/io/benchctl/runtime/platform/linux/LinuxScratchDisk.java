package io.benchctl.runtime.platform.linux;

import static io.benchctl.runtime.platform.ConditionSignals.DISK_OTHER_IO;
import static io.benchctl.runtime.platform.ConditionSignals.DISK_UTILISATION;

import io.benchctl.runtime.platform.SignalSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The device holding the scratch folder: how much of the time it had I/O in flight
 * ({@code io_ticks} of {@code /proc/diskstats}) and how many bytes it moved beyond what this
 * process read and wrote ({@code /proc/self/io}), which is someone else's I/O competing with ours.
 */
final class LinuxScratchDisk implements LinuxSignalReader {
    private static final String DISKSTATS = "/proc/diskstats";
    private static final String SELF_IO = "/proc/self/io";
    private static final int SECTOR_BYTES = 512;

    /** One reading: the device's busy milliseconds and bytes moved, and this process's bytes. */
    private record Reading(long busyMillis, long deviceBytes, long ownBytes) {}

    private final LinuxFiles files;
    private final String device;
    private final String reason;
    private final String ownReason;
    private Reading previous;

    LinuxScratchDisk(LinuxFiles files, List<Path> scratchFolders) {
        this.files = files;
        String found = null;
        String why = null;
        if (scratchFolders.isEmpty()) {
            why = "the workload used no scratch space";
        } else {
            try {
                found = deviceOf(scratchFolders.getFirst());
            } catch (IOException | RuntimeException e) {
                why = LinuxReasons.of(e);
            }
        }
        this.device = found;
        this.reason = why;
        why = null;
        try {
            if (reason == null) {
                previous = read();
            }
        } catch (IOException | RuntimeException e) {
            why = LinuxReasons.of(e);
        }
        this.ownReason = why;
    }

    @Override
    public List<SignalSource> sources() {
        String name = DISKSTATS + (device == null ? "" : " " + device);
        return List.of(
                reason == null
                        ? SignalSource.available(DISK_UTILISATION, name + " io_ticks")
                        : SignalSource.unavailable(DISK_UTILISATION, name + " io_ticks", reason),
                reason == null && ownReason == null
                        ? SignalSource.available(DISK_OTHER_IO, name + " sectors minus " + SELF_IO)
                        : SignalSource.unavailable(
                                DISK_OTHER_IO,
                                name + " sectors minus " + SELF_IO,
                                reason != null ? reason : ownReason));
    }

    @Override
    public void sample(double elapsedSeconds, Map<String, Double> into) {
        if (reason != null || ownReason != null) {
            return;
        }
        try {
            Reading now = read();
            double busyPercent = (now.busyMillis() - previous.busyMillis()) / (elapsedSeconds * 10.0);
            into.put(DISK_UTILISATION.name(), Math.min(100.0, busyPercent));
            long others = (now.deviceBytes() - previous.deviceBytes()) - (now.ownBytes() - previous.ownBytes());
            into.put(DISK_OTHER_IO.name(), Math.max(0, others) / elapsedSeconds);
            previous = now;
        } catch (IOException | RuntimeException e) {
            // no value this interval
        }
    }

    private Reading read() throws IOException {
        // device is "major:minor (name)"
        String[] f = line(files.read(DISKSTATS), device.substring(0, device.indexOf(' ')));
        long deviceBytes = (Long.parseLong(f[5]) + Long.parseLong(f[9])) * SECTOR_BYTES;
        Map<String, Long> io = LinuxFiles.keyValues(files.read(SELF_IO));
        Long read = io.get("read_bytes");
        Long written = io.get("write_bytes");
        if (read == null || written == null) {
            throw new IOException(SELF_IO + " has no read_bytes and write_bytes (no task I/O accounting)");
        }
        return new Reading(Long.parseLong(f[12]), deviceBytes, read + written);
    }

    private static String[] line(String diskstats, String majorMinor) throws IOException {
        for (String line : diskstats.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 13 && (f[0] + ":" + f[1]).equals(majorMinor)) {
                return f;
            }
        }
        throw new IOException(DISKSTATS + " no longer lists device " + majorMinor);
    }

    /** The {@code major:minor} of the block device a folder is on, checked against diskstats. */
    private String deviceOf(Path folder) throws IOException {
        long dev = ((Number) Files.getAttribute(folder, "unix:dev")).longValue();
        // glibc's gnu_dev_major / gnu_dev_minor
        long major = ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
        long minor = (dev & 0xff) | ((dev >>> 12) & ~0xffL);
        String majorMinor = major + ":" + minor;
        try {
            String[] f = line(files.read(DISKSTATS), majorMinor);
            return majorMinor + " (" + f[2] + ")";
        } catch (IOException notListed) {
            throw new IOException("the scratch folder " + folder + " is on device " + majorMinor + ", which "
                    + DISKSTATS + " does not list (tmpfs, overlay or a network filesystem)");
        }
    }
}
