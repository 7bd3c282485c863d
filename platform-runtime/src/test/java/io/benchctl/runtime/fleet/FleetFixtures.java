package io.benchctl.runtime.fleet;

import io.benchctl.api.result.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fleets written as result folders, for tests outside this package (the CLI's). */
public final class FleetFixtures {

    private FleetFixtures() {}

    /** {@code hosts} results named like a results folder's; {@code slowHost} (or null) is slower. */
    public static void writeFleet(Path folder, int hosts, String slowHost, double slowdown) throws IOException {
        Files.createDirectories(folder);
        for (RunResult run : FleetAnalysisTest.fleet(new FleetRuns(hosts), hosts, slowHost, slowdown)) {
            FleetRuns.write(folder, run.runId() + ".json", run);
        }
    }
}
