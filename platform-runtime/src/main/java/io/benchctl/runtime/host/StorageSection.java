package io.benchctl.runtime.host;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import oshi.SystemInfo;
import oshi.hardware.HWDiskStore;
import oshi.software.os.OSFileStore;

/** The {@code disks} and {@code fileSystems} lists of the host block. */
final class StorageSection {

    private static final Logger LOG = LoggerFactory.getLogger(StorageSection.class);

    private StorageSection() {}

    /** Block devices with a size (an unconfigured zram or an empty drive has none). */
    static List<Map<String, Object>> disks(SystemInfo systemInfo, boolean linux) {
        List<Map<String, Object>> disks = new ArrayList<>();
        for (HWDiskStore disk : systemInfo.getHardware().getDiskStores()) {
            if (disk.getSize() <= 0) {
                continue;
            }
            Fields fields = new Fields()
                    .put("name", disk.getName())
                    .put("model", disk.getModel())
                    .putPositive("sizeBytes", disk.getSize());
            if (linux) {
                String device = Path.of(disk.getName()).getFileName().toString();
                long rotational = SysFiles.readLong(Path.of("/sys/block", device, "queue", "rotational"));
                fields.put("rotational", rotational < 0 ? null : rotational == 1);
            }
            disks.add(fields.map());
        }
        return disks;
    }

    /** The file system of {@code /} and of each path in use (or of its nearest existing parent). */
    static List<Map<String, Object>> fileSystems(SystemInfo systemInfo, boolean linux, List<Path> pathsInUse) {
        Set<Path> paths = new LinkedHashSet<>();
        paths.add(Path.of("/").toAbsolutePath());
        pathsInUse.forEach(path -> paths.add(path.toAbsolutePath().normalize()));
        List<String> mounts = linux
                ? linuxMounts()
                : systemInfo.getOperatingSystem().getFileSystem().getFileStores().stream()
                        .map(OSFileStore::getMount)
                        .toList();
        List<Map<String, Object>> fileSystems = new ArrayList<>();
        for (Path path : paths) {
            try {
                Path real = existingAncestor(path).toRealPath();
                FileStore store = Files.getFileStore(real);
                fileSystems.add(new Fields()
                        .put("path", path.toString())
                        .put("mount", longestMountOf(real, mounts))
                        .put("type", store.type())
                        .put("device", store.name())
                        .putPositive("totalBytes", store.getTotalSpace())
                        .put("freeBytes", store.getUsableSpace())
                        .map());
            } catch (IOException | SecurityException e) {
                LOG.debug("cannot read the file system of {}", path, e);
            }
        }
        return fileSystems;
    }

    private static Path existingAncestor(Path path) {
        Path existing = path;
        while (existing.getParent() != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing;
    }

    private static String longestMountOf(Path real, List<String> mounts) {
        String best = null;
        for (String mount : mounts) {
            if (real.startsWith(Path.of(mount)) && (best == null || mount.length() > best.length())) {
                best = mount;
            }
        }
        return best;
    }

    /** Mount points from /proc/self/mounts, where the kernel escapes blanks as octal ({@code \040}). */
    private static List<String> linuxMounts() {
        List<String> mounts = new ArrayList<>();
        for (String line : SysFiles.lines(Path.of("/proc/self/mounts"))) {
            String[] fields = line.split(" ");
            if (fields.length > 1) {
                mounts.add(unescapeOctal(fields[1]));
            }
        }
        return mounts;
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
