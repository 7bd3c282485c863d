package io.benchctl.deploytests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs deploy/kubernetes/benchctl-pod.sh as a pod's main container does, with this build's
 * benchctl on PATH, and the short real profiles the deploy tests run through it.
 */
final class PodRuns {
    static final Path SCRIPT = Repo.ROOT.resolve("deploy/kubernetes/benchctl-pod.sh");

    private PodRuns() {}

    /** One CPU kernel for a tenth of a second: a run that passes. */
    static Path passingProfile(Path dir) throws IOException {
        return Files.writeString(
                dir.resolve("pass.toml"),
                "[run]\nname = \"p-k8s-fleet\"\nwarmup = \"0ms\"\nduration = \"100ms\"\niterations = 1\n"
                        + "[modules.cpu]\nkernels = [\"int\"]\n");
    }

    /**
     * The network module against a loopback port nothing listens on (the discard port, closed
     * here): every workload fails fast, so the run exits 1 with a result.
     */
    static Path failingProfile(Path dir) throws IOException {
        Path token = Files.writeString(dir.resolve("token"), "0123456789abcdef0123456789abcdef");
        return Files.writeString(
                dir.resolve("fail.toml"),
                "[run]\nname = \"p-k8s-fleet\"\nwarmup = \"0ms\"\nduration = \"100ms\"\niterations = 1\n"
                        + "[modules.network]\nmode = \"peer\"\npeer = \"127.0.0.1:9\"\ntoken_file = \"" + token
                        + "\"\nstreams = [1]\nmessage_bytes = [1]\nretries = 0\n");
    }

    /** benchctl-pod with {@code BENCHCTL_RESULTS=results} and {@code args} after it. */
    static Repo.Finished run(Path results, Map<String, String> extraEnv, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
        command.addAll(args);
        Map<String, String> env = new java.util.HashMap<>(extraEnv);
        env.put("BENCHCTL_RESULTS", results.toString());
        env.put("PATH", Repo.DIST.resolve("bin") + ":" + System.getenv("PATH"));
        return Repo.run(results.getParent(), env, command);
    }

    /** {@code benchctl run} of {@code profile} as node {@code hostId}, as the fleet Job's args. */
    static Repo.Finished runAs(String hostId, Path profile, Path results) throws IOException, InterruptedException {
        return run(
                results,
                Map.of(),
                List.of(
                        "run",
                        "--profile",
                        profile.toString(),
                        "--host-id",
                        hostId,
                        "--output",
                        results.toString(),
                        "--reporters",
                        "json",
                        "--no-tui"));
    }
}
