package io.benchctl.runtime.host;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The host's {@code fingerprint}: SHA-256 (hex) over the fields that identify its hardware, so
 * that it survives reboots, kernel and JVM updates and a new hostname, and changes when the
 * machine does. The list is documented in {@code schemas/host.schema.json}; changing it changes
 * every fingerprint, so the version prefix must change with it.
 */
final class Fingerprint {

    private static final String VERSION = "benchctl-host-fingerprint-v1";

    /** Dotted paths into the host block, hashed in this order. */
    static final List<String> FIELDS = List.of(
            "cpu.model",
            "cpu.sockets",
            "cpu.cores",
            "cpu.threads",
            "cpu.caches.l1dBytes",
            "cpu.caches.l1iBytes",
            "cpu.caches.l2Bytes",
            "cpu.caches.l3Bytes",
            "memory.totalGiB",
            "os.family",
            "os.arch",
            "virtualization.kind");

    private static final long GIB = 1L << 30;

    private Fingerprint() {}

    static String of(Map<String, Object> host) {
        StringBuilder canonical = new StringBuilder(VERSION).append('\n');
        for (String field : FIELDS) {
            canonical.append(field).append('=').append(valueOf(host, field)).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    private static String valueOf(Map<String, Object> host, String field) {
        if (field.equals("memory.totalGiB")) {
            // The kernel's MemTotal moves by a few MiB between kernels and firmware: round to GiB.
            Object totalBytes = lookup(host, "memory.totalBytes");
            return totalBytes instanceof Number bytes ? Long.toString((bytes.longValue() + GIB / 2) / GIB) : "";
        }
        Object value = lookup(host, field);
        return value == null ? "" : value.toString();
    }

    private static Object lookup(Map<String, Object> host, String dottedPath) {
        Object node = host;
        for (String key : dottedPath.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }
}
