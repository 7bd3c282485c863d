package io.benchctl.deploytests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The repository and distribution under test, and running their scripts as real processes. */
final class Repo {
    static final Path ROOT =
            Path.of(System.getProperty("benchctl.test.root")).toAbsolutePath().normalize();
    static final Path DIST =
            Path.of(System.getProperty("benchctl.test.dist")).toAbsolutePath().normalize();

    private Repo() {}

    record Finished(int exitCode, String out, String err) {}

    /**
     * Whether a missing test dependency fails the test instead of skipping it: under CI=true as
     * root, where scripts/install-test-deps.sh can install everything.
     */
    static boolean dependenciesRequired() {
        return "true".equals(System.getenv("CI")) && "root".equals(System.getProperty("user.name"));
    }

    /** Runs a command in {@code dir} with extra environment variables; fails after two minutes. */
    static Finished run(Path dir, Map<String, String> env, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = java.nio.file.Files.createTempFile("deploy-tests", ".out");
        Path err = java.nio.file.Files.createTempFile("deploy-tests", ".err");
        try {
            Process process = builder.redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("timed out: " + command);
            }
            return new Finished(
                    process.exitValue(),
                    java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                    java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            java.nio.file.Files.deleteIfExists(out);
            java.nio.file.Files.deleteIfExists(err);
        }
    }
}
