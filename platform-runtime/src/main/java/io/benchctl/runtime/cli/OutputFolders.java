package io.benchctl.runtime.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The run's output folder, made and proven writable before any workload runs. */
final class OutputFolders {
    private OutputFolders() {}

    /** Creates the output folder and proves it writable before any workload runs. */
    static Path createWritable(String output) {
        Path dir = Path.of(output).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".benchctl-probe", ".tmp"));
            return dir;
        } catch (IOException e) {
            throw new UserException(ExitCodes.USAGE, "cannot write to the output folder " + dir + ": " + describe(e));
        }
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException
                ? "permission denied"
                : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                        ? fs.getReason()
                        : e.toString();
    }
}
