package io.benchctl.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out FILE [--force]} for the commands that print a report: stdout by default, a file on
 * request, and never a file the user already has unless they say so. One mixin, so that every
 * such command refuses and words it alike.
 */
final class OutputFileOptions {

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path file;

    @Option(names = "--force", description = "Replace --out if it exists.")
    boolean force;

    /**
     * Refuses, before any work is done, an {@code --out} that exists without {@code --force}.
     *
     * @throws UserException exit 2, naming the file
     */
    void checkWritable() {
        if (file != null && Files.exists(file) && !force) {
            throw new UserException(ExitCodes.USAGE, file + " exists; add --force to replace it");
        }
    }

    /**
     * Writes {@code text} to {@code --out} (saying so on {@code err} with {@code what}, e.g.
     * {@code "3 series"}) or, without it, to {@code stdout}.
     *
     * @throws UserException exit 2 when the file cannot be written or exists without {@code --force}
     */
    void write(String text, String what, PrintWriter stdout, PrintWriter err) {
        if (file == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        checkWritable();
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException(ExitCodes.USAGE, "cannot write " + file + ": " + e.getMessage());
        }
        err.println("wrote " + what + " to " + file);
        err.flush();
    }
}
