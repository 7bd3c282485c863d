package io.benchctl.runtime.orchestrator;

import io.benchctl.api.HostFacts;
import io.benchctl.api.result.BenchctlInfo;
import io.benchctl.runtime.config.EffectiveProfile;
import io.benchctl.runtime.plugins.LoadedModule;
import io.benchctl.runtime.plugins.LoadedReporter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Everything one run needs, resolved and validated by the CLI.
 *
 * @param modules the loaded modules the profile names, by id
 * @param reporters the enabled reporters, in the profile's order
 * @param host the host block, collected while plugins load and the plan is made
 * @param console where human output goes (stderr)
 */
public record RunRequest(
        String runId,
        EffectiveProfile profile,
        Map<String, LoadedModule> modules,
        List<LoadedReporter> reporters,
        Path outputDirectory,
        boolean dryRun,
        boolean quiet,
        boolean interactiveAllowed,
        HostFacts facts,
        CompletableFuture<Map<String, Object>> host,
        BenchctlInfo benchctl,
        PrintStream console) {}
