package io.benchctl.kit.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.HostFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * {@link HostFacts} read from Linux's {@code /sys} (cache sizes of CPU 0) for tests and benchmarks;
 * the runtime has its own, fuller detection. Unknown values are 0.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class SysfsHostFacts {

    private static final Path CACHES = Path.of("/sys/devices/system/cpu/cpu0/cache");

    private SysfsHostFacts() {}

    public static HostFacts detect() {
        long l1d = 0;
        long l2 = 0;
        long largest = 0;
        for (int index = 0; Files.isDirectory(CACHES.resolve("index" + index)); index++) {
            Path dir = CACHES.resolve("index" + index);
            String type = read(dir.resolve("type"));
            long bytes = parseSize(read(dir.resolve("size")));
            int level = (int) parseSize(read(dir.resolve("level")));
            if (level == 1 && type.equals("Data")) {
                l1d = bytes;
            } else if (level == 2) {
                l2 = bytes;
            }
            if (!type.equals("Instruction")) {
                largest = Math.max(largest, bytes);
            }
        }
        int cpus = Runtime.getRuntime().availableProcessors();
        String os = System.getProperty("os.name", "other").toLowerCase(Locale.ROOT);
        return new HostFacts(
                os.contains("linux") ? "linux" : "other",
                cpus,
                cpus,
                l1d,
                l2,
                largest,
                ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** "48K" (sysfs' KiB), "2048K", "1" (a level). */
    private static long parseSize(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long multiplier = 1;
        char unit = text.charAt(text.length() - 1);
        if (unit == 'K' || unit == 'M' || unit == 'G') {
            multiplier = unit == 'K' ? 1L << 10 : unit == 'M' ? 1L << 20 : 1L << 30;
            text = text.substring(0, text.length() - 1);
        }
        return Long.parseLong(text) * multiplier;
    }
}
