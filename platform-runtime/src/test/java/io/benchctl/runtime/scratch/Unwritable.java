package io.benchctl.runtime.scratch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes a directory unwritable for the current user for the duration of a test. Mode bits do not
 * stop root, so as root the directory is made immutable ({@code chattr +i}), which does.
 */
final class Unwritable implements AutoCloseable {
    private final Path dir;
    private final boolean immutable;

    private Unwritable(Path dir, boolean immutable) {
        this.dir = dir;
        this.immutable = immutable;
    }

    static Unwritable make(Path dir) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run("chattr", "+i", dir.toString());
        } else {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        return new Unwritable(dir, root);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            run("chattr", "-i", dir.toString());
        } else {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
