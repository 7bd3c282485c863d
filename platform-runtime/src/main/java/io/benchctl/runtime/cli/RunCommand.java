package io.benchctl.runtime.cli;

import io.benchctl.api.ApiVersion;
import io.benchctl.api.result.BenchctlInfo;
import io.benchctl.api.result.PluginInfo;
import io.benchctl.runtime.config.EffectiveProfile;
import io.benchctl.runtime.config.NearestName;
import io.benchctl.runtime.host.HostProbe;
import io.benchctl.runtime.orchestrator.PlanException;
import io.benchctl.runtime.orchestrator.RunCancellation;
import io.benchctl.runtime.orchestrator.RunOrchestrator;
import io.benchctl.runtime.orchestrator.RunRequest;
import io.benchctl.runtime.orchestrator.WorkloadPlan;
import io.benchctl.runtime.plugins.LoadedModule;
import io.benchctl.runtime.plugins.LoadedReporter;
import io.benchctl.runtime.result.ResultCodec;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code benchctl run}: the heart of it. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run the profile's workloads and report the results.")
final class RunCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--profile",
            paramLabel = "FILE",
            description = "TOML profile. Default: profiles/default.toml of the distribution.")
    Path profile;

    @Option(
            names = "--modules",
            split = ",",
            paramLabel = "MODULE",
            description = "Run only these modules of the profile (each plans one or more workloads).")
    List<String> modules = new ArrayList<>();

    /** The old name of {@code --modules}: works the same, with a warning. */
    @Option(names = "--tests", split = ",", paramLabel = "MODULE", hidden = true)
    List<String> deprecatedTests = new ArrayList<>();

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "Override a setting: a dotted key and a TOML value, e.g. run.iterations=3.")
    List<String> sets = new ArrayList<>();

    @Option(
            names = "--dry-run",
            description = "Resolve, validate, load plugins and collect host metadata; run no workload.")
    boolean dryRun;

    @Option(
            names = "--reporters",
            split = ",",
            paramLabel = "ID",
            description = "Reporters to use, e.g. json,markdown,tui.")
    List<String> reporters;

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder for results.")
    Path output;

    @Option(names = "--schedule", paramLabel = "sequential|parallel", description = "How workloads are scheduled.")
    String schedule;

    @Option(
            names = "--max-parallel",
            paramLabel = "N",
            description = "Most workloads at once under a parallel schedule.")
    Integer maxParallel;

    @Option(
            names = "--allow-conflicts",
            description = "Let workloads that contend for one resource run at the same time.")
    boolean allowConflicts;

    @Option(names = "--no-affinity", description = "Do not pin measurement threads to CPUs.")
    boolean noAffinity;

    @Option(names = "--no-tui", description = "Plain progress lines instead of the live dashboard.")
    boolean noTui;

    @Mixin
    BaselineGateOptions gate = new BaselineGateOptions();

    @Mixin
    RunHistoryOptions historyOptions;

    @Mixin
    JfrOption jfr = new JfrOption();

    /** The result file the json reporter wrote, once the run has ended (for {@link InProcessRun}). */
    Path resultFile;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean quiet = GlobalOptions.of(spec).quiet;
        try (Session session = Session.open(GlobalOptions.of(spec))) {
            // The plugin JARs' hashes (for the result) are read beside the profile's loading, on
            // a thread of their own: the common pool's one worker (2 CPUs) is the host probe's.
            CompletableFuture<List<PluginInfo>> plugins =
                    CompletableFuture.supplyAsync(session.catalog()::plugins, Thread.ofVirtual()::start);
            session.warnAboutProblems(err);
            Path profileFile = profile != null ? profile : Home.defaultProfile();
            EffectiveProfile effective = session.loadProfile(profileFile, overrides(), moduleIds(err));
            List<LoadedReporter> chosen = reporters(session, effective.run().reporters());
            String hostId = historyOptions.hostId();
            Optional<HistoryRecording> recording = HistoryRecording.of(effective.run(), System.getenv());
            Path outputDir = OutputFolders.createWritable(effective.run().output());
            RunCancellation cancellation = new RunCancellation();
            RunRequest request = request(session, effective, chosen, outputDir, quiet, hostId, plugins.join())
                    .peerHostId(historyOptions.peerHostId(effective))
                    .comparator(gate.open(outputDir))
                    .build();
            RunOrchestrator orchestrator = new RunOrchestrator(request, cancellation);
            WorkloadPlan plan = orchestrator.plan();
            if (dryRun && !quiet) {
                List<String> planned = plan.workloadIds();
                err.println("benchctl: dry run: " + planned.size() + " workload(s) planned, none run: "
                        + String.join(", ", planned));
                err.flush();
            }
            RunOrchestrator.Outcome outcome;
            jfr.start();
            try (Interrupts ignored = Interrupts.install(cancellation, err)) {
                outcome = orchestrator.execute(plan);
            } finally {
                jfr.stop(err);
            }
            resultFile = outputDir.resolve(outcome.result().runId() + ".json");
            if (!outcome.reportFailures().isEmpty()) {
                printUnsaved(outcome, err);
            } else if (!quiet) {
                RunSummary.print(outcome.result(), outputDir, spec.commandLine().getOut());
            }
            int exitCode = gate.exitCode(outcome.result(), outcome.exitCode(), err);
            return recording.map(r -> r.record(request, exitCode, err, quiet)).orElse(exitCode);
        } catch (PlanException e) {
            throw new UserException(ExitCodes.USAGE, e.getMessage());
        }
    }

    /** The modules to run: {@code --modules}, and those of the deprecated {@code --tests}. */
    private List<String> moduleIds(PrintWriter err) {
        if (deprecatedTests.isEmpty()) {
            return modules;
        }
        err.println("benchctl: warning: --tests is deprecated; use --modules (it takes the same module ids)");
        err.flush();
        List<String> all = new ArrayList<>(modules);
        all.addAll(deprecatedTests);
        return all;
    }

    private RunRequest.Builder request(
            Session session,
            EffectiveProfile effective,
            List<LoadedReporter> chosen,
            Path outputDir,
            boolean quiet,
            String hostId,
            List<PluginInfo> plugins) {
        Map<String, LoadedModule> loaded = new LinkedHashMap<>();
        effective.modules().keySet().forEach(id -> session.catalog().module(id).ifPresent(m -> loaded.put(id, m)));
        CompletableFuture<Map<String, Object>> host =
                CompletableFuture.supplyAsync(() -> HostProbe.collect(pathsInUse(effective)));
        PrintStream console = System.err; // reporters say where they wrote on stderr: stdout is for results
        return RunRequest.builder(runId(effective.run().name()), effective)
                .modules(loaded)
                .reporters(chosen)
                .outputDirectory(outputDir)
                .dryRun(dryRun)
                .quiet(quiet)
                .interactiveAllowed(!noTui)
                .facts(session.facts())
                .host(host)
                .hostId(hostId)
                .benchctl(new BenchctlInfo(
                        VersionInfo.version(),
                        ApiVersion.CURRENT,
                        VersionInfo.commit(),
                        Runtime.version().toString(),
                        plugins))
                .console(console);
    }

    /** The reporters could not save the result in full: it goes to stdout so it is not lost. */
    private void printUnsaved(RunOrchestrator.Outcome outcome, PrintWriter err) {
        outcome.reportFailures().forEach(failure -> err.println("benchctl: " + failure));
        err.println("benchctl: the result could not be saved in full; it follows on stdout");
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println(new String(ResultCodec.toJson(outcome.result()), java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
    }

    /** CLI flags become --set entries, before the user's own --set values (which win). */
    private List<String> overrides() {
        List<String> all = new ArrayList<>();
        if (reporters != null) {
            all.add("run.reporters=["
                    + String.join(
                            ",", reporters.stream().map(RunCommand::tomlString).toList()) + "]");
        }
        if (output != null) {
            all.add("run.output=" + tomlString(output.toString()));
        }
        if (schedule != null) {
            all.add("run.schedule=" + tomlString(schedule));
        }
        if (maxParallel != null) {
            all.add("run.max_parallel=" + maxParallel);
        }
        if (noAffinity) {
            all.add("run.affinity=false");
        }
        if (allowConflicts) {
            all.add("run.allow_conflicts=true");
        }
        all.addAll(historyOptions.overrides());
        all.addAll(sets);
        return all;
    }

    static String tomlString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<LoadedReporter> reporters(Session session, List<String> ids) {
        List<LoadedReporter> chosen = new ArrayList<>();
        List<String> known = session.catalog().reporters().stream()
                .map(r -> r.reporter().id())
                .toList();
        for (String id : ids) {
            LoadedReporter reporter = session.catalog()
                    .reporter(id)
                    .orElseThrow(() -> new UserException(
                            ExitCodes.USAGE,
                            "unknown reporter '" + id + "' in run.reporters" + NearestName.hint(id, known)));
            chosen.add(reporter);
        }
        return chosen;
    }

    private static List<Path> pathsInUse(EffectiveProfile profile) {
        List<Path> paths = new ArrayList<>();
        profile.modules().values().forEach(settings -> {
            if (settings.has("dir")) {
                paths.add(Path.of(settings.getString("dir")));
            }
        });
        return paths;
    }

    private static String runId(String name) {
        String time = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        String safeName = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        return time + "-" + safeName + "-"
                + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    }
}
