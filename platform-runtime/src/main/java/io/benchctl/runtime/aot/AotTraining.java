package io.benchctl.runtime.aot;

import io.benchctl.runtime.cli.Main;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The training run for the distribution's JDK AOT cache ({@code lib/benchctl.aot}), built by
 * {@code scripts/build-aot-cache.sh}. A JDK 25 cache records one JVM, so the commands people type
 * most run here in one process: {@code --version}, {@code list}, {@code run --dry-run}, help, and
 * a usage error (whose exception classes picocli must have linked, or the cache drops every
 * picocli class that depends on them).
 *
 * <p>Exits 0 only if every command ended with its expected exit code, so a broken distribution
 * never ships a cache trained on an error path.
 */
@API(status = API.Status.INTERNAL)
public final class AotTraining {
    private AotTraining() {}

    private record Step(int expectedExitCode, List<String> args) {}

    /** @param args one argument: the folder the dry run writes its result to */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: AotTraining OUTPUT_DIR");
            System.exit(2);
        }
        List<Step> steps = List.of(
                new Step(0, List.of("--version")),
                new Step(0, List.of("--help")),
                new Step(0, List.of("list")),
                new Step(0, List.of("run", "--dry-run", "--no-tui", "--output", args[0])),
                new Step(2, List.of("run", "--no-such-option")));
        int failures = 0;
        for (Step step : steps) {
            int exitCode = Main.execute(step.args().toArray(String[]::new));
            if (exitCode != step.expectedExitCode()) {
                System.err.println("AOT training: 'benchctl " + String.join(" ", step.args()) + "' exited " + exitCode
                        + ", expected " + step.expectedExitCode());
                failures++;
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
