package io.benchctl.runtime.host;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.format.UnitText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/** Renders the host block for people: what {@code benchctl sysinfo} prints without {@code --json}. */
@API(status = INTERNAL, since = "1.0")
public final class SysinfoText {

    private SysinfoText() {}

    /** One labelled line (or a few) per section; sections the block lacks are left out. */
    public static String render(Map<String, Object> host) {
        StringBuilder text = new StringBuilder();
        line(text, "Host", join(", ", get(host, "hostname"), wrap("fingerprint ", get(host, "fingerprint"))));
        line(
                text,
                "OS",
                join(
                        ", ",
                        join(" ", get(host, "os.name"), get(host, "os.version")),
                        join(" ", get(host, "os.family"), get(host, "os.arch")),
                        wrap("kernel ", get(host, "kernel")),
                        wrap("platform layer ", get(host, "platform"))));
        cpu(text, host);
        memory(text, host);
        storage(text, host);
        for (Map<?, ?> nic : list(host, "nics")) {
            line(
                    text,
                    "NIC",
                    join(
                            " ",
                            get(nic, "name"),
                            get(nic, "mac"),
                            bitsPerSecond(get(nic, "speedBitsPerSecond")),
                            wrap("mtu ", get(nic, "mtuBytes")),
                            get(nic, "status")));
        }
        jvmAndVirtualization(text, host);
        return text.toString();
    }

    private static void cpu(StringBuilder text, Map<String, Object> host) {
        line(
                text,
                "CPU",
                join(
                        " ",
                        get(host, "cpu.model"),
                        wrap("(", join(", ", get(host, "cpu.vendor"), get(host, "cpu.microarchitecture")), ")")));
        line(
                text,
                "",
                join(
                        ", ",
                        count(get(host, "cpu.sockets"), "socket"),
                        count(get(host, "cpu.cores"), "core"),
                        count(get(host, "cpu.threads"), "thread"),
                        wrap("", get(host, "cpu.availableThreads"), " usable by benchctl"),
                        wrap("base ", hertz(get(host, "cpu.baseFrequencyHz"))),
                        wrap("max ", hertz(get(host, "cpu.maxFrequencyHz"))),
                        wrap("governor ", get(host, "cpu.governor"))));
        line(
                text,
                "Caches",
                join(
                        ", ",
                        wrap("L1d ", bytes(get(host, "cpu.caches.l1dBytes"))),
                        wrap("L1i ", bytes(get(host, "cpu.caches.l1iBytes"))),
                        wrap("L2 ", bytes(get(host, "cpu.caches.l2Bytes"))),
                        wrap("L3 ", bytes(get(host, "cpu.caches.l3Bytes")))));
    }

    private static void memory(StringBuilder text, Map<String, Object> host) {
        line(
                text,
                "Memory",
                join(
                        ", ",
                        wrap("", bytes(get(host, "memory.totalBytes")), " total"),
                        wrap("", bytes(get(host, "memory.availableBytes")), " available"),
                        wrap("page ", bytes(get(host, "memory.pageSizeBytes"))),
                        wrap("swap ", bytes(get(host, "memory.swapTotalBytes"))),
                        wrap("transparent huge pages ", get(host, "memory.transparentHugePages"))));
    }

    private static void storage(StringBuilder text, Map<String, Object> host) {
        for (Map<?, ?> disk : list(host, "disks")) {
            line(
                    text,
                    "Disk",
                    join(
                            " ",
                            get(disk, "name"),
                            get(disk, "model"),
                            bytes(get(disk, "sizeBytes")),
                            Boolean.TRUE.equals(disk.get("rotational")) ? "(rotational)" : null));
        }
        for (Map<?, ?> fs : list(host, "fileSystems")) {
            line(
                    text,
                    "File system",
                    join(
                            " ",
                            get(fs, "path"),
                            wrap("on ", get(fs, "mount")),
                            wrap("(", get(fs, "type"), ")"),
                            wrap("", bytes(get(fs, "freeBytes")), " free"),
                            wrap("of ", bytes(get(fs, "totalBytes")))));
        }
    }

    private static void jvmAndVirtualization(StringBuilder text, Map<String, Object> host) {
        line(
                text,
                "JVM",
                join(
                        " ",
                        get(host, "jvm.vendor"),
                        get(host, "jvm.vmName"),
                        get(host, "jvm.version"),
                        wrap("max heap ", bytes(get(host, "jvm.maxHeapBytes")))));
        line(text, "", wrap("flags ", joinList(get(host, "jvm.inputArguments"), " ")));
        line(
                text,
                "Virtualization",
                join(
                        " ",
                        get(host, "virtualization.kind"),
                        get(host, "virtualization.container"),
                        wrap("(", joinList(get(host, "virtualization.evidence"), ", "), ")")));
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%-15s%s%n", label, value));
        }
    }

    private static Object get(Map<?, ?> map, String dottedPath) {
        Object node = map;
        for (String key : dottedPath.split("\\.")) {
            node = node instanceof Map<?, ?> m ? m.get(key) : null;
        }
        return node;
    }

    private static List<Map<?, ?>> list(Map<?, ?> map, String key) {
        List<Map<?, ?>> maps = new ArrayList<>();
        if (map.get(key) instanceof List<?> items) {
            items.stream().filter(Map.class::isInstance).forEach(item -> maps.add((Map<?, ?>) item));
        }
        return maps;
    }

    /** Joins the present parts; null if none is present. */
    private static String join(String separator, Object... parts) {
        List<String> present = new ArrayList<>();
        for (Object part : parts) {
            if (part != null && !part.toString().isEmpty()) {
                present.add(part.toString());
            }
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }

    private static String joinList(Object value, String separator) {
        return value instanceof List<?> items && !items.isEmpty() ? join(separator, items.toArray()) : null;
    }

    private static String wrap(String prefix, Object value) {
        return wrap(prefix, value, "");
    }

    private static String wrap(String prefix, Object value, String suffix) {
        return value == null ? null : prefix + value + suffix;
    }

    private static String count(Object value, String noun) {
        return value instanceof Number n ? n + " " + noun + (n.longValue() == 1 ? "" : "s") : null;
    }

    /** A size as people read it, the same text every reporter prints ({@link UnitText#humanBytes}). */
    static String bytes(Object value) {
        return value instanceof Number n ? UnitText.humanBytes(n.doubleValue()) : null;
    }

    private static String hertz(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%.2f GHz", n.doubleValue() / 1e9) : null;
    }

    private static String bitsPerSecond(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%.0f Mbit/s", n.doubleValue() / 1e6) : null;
    }
}
