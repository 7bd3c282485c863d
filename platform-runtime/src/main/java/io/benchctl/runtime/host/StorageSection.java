package io.benchctl.runtime.host;

import io.benchctl.runtime.platform.HostProbes;
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
    static List<Map<String, Object>> disks(SystemInfo systemInfo, HostProbes probes) {
        List<Map<String, Object>> disks = new ArrayList<>();
        for (HWDiskStore disk : systemInfo.getHardware().getDiskStores()) {
            if (disk.getSize() <= 0) {
                continue;
            }
            Fields fields = new Fields()
                    .put("name", disk.getName())
                    .put("model", disk.getModel())
                    .putPositive("sizeBytes", disk.getSize());
            fields.put("rotational", probes.rotational(disk.getName()).orElse(null));
            disks.add(fields.map());
        }
        return disks;
    }

    /** The file system of {@code /} and of each path in use (or of its nearest existing parent). */
    static List<Map<String, Object>> fileSystems(SystemInfo systemInfo, HostProbes probes, List<Path> pathsInUse) {
        Set<Path> paths = new LinkedHashSet<>();
        paths.add(Path.of("/").toAbsolutePath());
        pathsInUse.forEach(path -> paths.add(path.toAbsolutePath().normalize()));
        List<String> mounts = probes.mountPoints()
                .orElseGet(() -> systemInfo.getOperatingSystem().getFileSystem().getFileStores().stream()
                        .map(OSFileStore::getMount)
                        .toList());
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
}
