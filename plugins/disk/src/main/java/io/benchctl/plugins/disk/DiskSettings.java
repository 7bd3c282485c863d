package io.benchctl.plugins.disk;

import io.benchctl.api.Settings;
import io.benchctl.api.format.UnitText;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code [modules.disk]} settings, parsed and checked together (the schema checks each alone).
 *
 * @param fileBytes the size of each job's file
 * @param quotaBytes the most the module may write under {@code dir}
 */
record DiskSettings(
        List<AccessPattern> patterns,
        List<Long> blockSizes,
        long fileBytes,
        int jobs,
        DirectMode direct,
        FsyncMode fsync,
        double readShare,
        Path dir,
        long quotaBytes) {

    DiskSettings {
        for (long blockBytes : blockSizes) {
            if (blockBytes > fileBytes || fileBytes % blockBytes != 0) {
                throw new IllegalArgumentException(
                        "file_size " + UnitText.exactBytes(fileBytes) + " must be a multiple of every block size; "
                                + UnitText.exactBytes(blockBytes) + " is not a divisor");
            }
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        if (readShare < 0 || readShare > 1) {
            throw new IllegalArgumentException("read_share must be between 0 and 1, not " + readShare);
        }
        totalFileBytes(fileBytes, jobs);
    }

    static DiskSettings from(Settings settings) {
        return new DiskSettings(
                settings.getStringList("patterns").stream()
                        .map(AccessPattern::of)
                        .toList(),
                settings.getBytesList("block_sizes"),
                settings.getBytes("file_size"),
                Math.toIntExact(settings.getLong("jobs")),
                DirectMode.of(settings.getString("direct")),
                FsyncMode.of(settings.asMap().get("fsync")),
                settings.getDouble("read_share"),
                Path.of(settings.getString("dir")),
                settings.getBytes("quota"));
    }

    /** What all jobs' files take together: file_size × jobs. */
    long totalFileBytes() {
        return totalFileBytes(fileBytes, jobs);
    }

    private static long totalFileBytes(long fileBytes, int jobs) {
        try {
            return Math.multiplyExact(fileBytes, jobs);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("file_size × jobs does not fit in 64 bits", e);
        }
    }
}
