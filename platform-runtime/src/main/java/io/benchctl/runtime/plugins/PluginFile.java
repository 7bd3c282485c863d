package io.benchctl.runtime.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Checks a plugin file before PF4J sees it. PF4J's descriptor finders do not validate and log
 * corrupt files with stack traces; this turns each fault into one sentence.
 */
record PluginFile(Path path, String pluginId, String version, String provider, String requires) {

    /** Reads the descriptor of a JAR plugin. */
    static PluginFile read(Path path) throws PluginFileException {
        Manifest manifest;
        try (JarFile jar = new JarFile(path.toFile())) {
            manifest = jar.getManifest();
        } catch (IOException e) {
            throw new PluginFileException("not a readable JAR (" + e.getMessage() + ")");
        }
        if (manifest == null) {
            throw new PluginFileException("has no META-INF/MANIFEST.MF: not a benchctl plugin");
        }
        Attributes attributes = manifest.getMainAttributes();
        String id = required(attributes, "Plugin-Id");
        String version = required(attributes, "Plugin-Version");
        String provider =
                Optional.ofNullable(attributes.getValue("Plugin-Provider")).orElse("");
        String requires =
                Optional.ofNullable(attributes.getValue("Plugin-Requires")).orElse("*");
        return new PluginFile(path, id, version, provider, requires);
    }

    String fileName() {
        return path.getFileName().toString();
    }

    private static String required(Attributes attributes, String name) throws PluginFileException {
        String value = attributes.getValue(name);
        if (value == null || value.isBlank()) {
            throw new PluginFileException("manifest has no " + name + ": not a benchctl plugin descriptor");
        }
        return value.trim();
    }

    /**
     * The SHA-256 of a JAR plugin's bytes, as results record it; empty for a .zip plugin (PF4J
     * unpacks it) and for a file that can no longer be read. Computed on demand: only a run
     * records it, and the digest's first use costs a listing or a validation more than the
     * rest of reading the descriptor.
     */
    String sha256() {
        if (!path.toString().endsWith(".jar")) {
            return "";
        }
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    static final class PluginFileException extends Exception {
        PluginFileException(String message) {
            super(message);
        }
    }
}
