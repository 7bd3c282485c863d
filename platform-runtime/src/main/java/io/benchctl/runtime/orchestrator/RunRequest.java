package io.benchctl.runtime.orchestrator;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.HostFacts;
import io.benchctl.api.result.BenchctlInfo;
import io.benchctl.runtime.config.EffectiveProfile;
import io.benchctl.runtime.plugins.LoadedModule;
import io.benchctl.runtime.plugins.LoadedReporter;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.apiguardian.api.API;

/**
 * Everything one run needs, resolved and validated by the caller: the one object
 * {@link RunOrchestrator} takes. Built with {@link #builder(String, EffectiveProfile)}, each part
 * by name.
 */
@API(status = INTERNAL, since = "1.0")
public final class RunRequest {
    private final String runId;
    private final EffectiveProfile profile;
    private final Map<String, LoadedModule> modules;
    private final List<LoadedReporter> reporters;
    private final Path outputDirectory;
    private final boolean dryRun;
    private final boolean quiet;
    private final boolean interactiveAllowed;
    private final HostFacts facts;
    private final CompletableFuture<Map<String, Object>> host;
    private final BenchctlInfo benchctl;
    private final String hostId;
    private final String peerHostId;
    private final PrintStream console;
    private final ResultComparator comparator;

    private RunRequest(Builder builder) {
        this.runId = Objects.requireNonNull(builder.runId, "runId");
        this.profile = Objects.requireNonNull(builder.profile, "profile");
        this.modules = Map.copyOf(builder.modules);
        this.reporters = List.copyOf(builder.reporters);
        this.outputDirectory = Objects.requireNonNull(builder.outputDirectory, "outputDirectory");
        this.dryRun = builder.dryRun;
        this.quiet = builder.quiet;
        this.interactiveAllowed = builder.interactiveAllowed;
        this.facts = Objects.requireNonNull(builder.facts, "facts");
        this.host = Objects.requireNonNull(builder.host, "host");
        this.benchctl = Objects.requireNonNull(builder.benchctl, "benchctl");
        this.hostId = builder.hostId;
        this.peerHostId = builder.peerHostId;
        this.console = Objects.requireNonNull(builder.console, "console");
        this.comparator = builder.comparator;
    }

    public String runId() {
        return runId;
    }

    public EffectiveProfile profile() {
        return profile;
    }

    /** The loaded modules the profile names, by id. */
    public Map<String, LoadedModule> modules() {
        return modules;
    }

    /** The enabled reporters, in the profile's order. */
    public List<LoadedReporter> reporters() {
        return reporters;
    }

    /** Where the journal and the reporters' files go; it exists and is writable. */
    public Path outputDirectory() {
        return outputDirectory;
    }

    /** Plan and report, run nothing. */
    public boolean dryRun() {
        return dryRun;
    }

    /** Reporters print only errors. */
    public boolean quiet() {
        return quiet;
    }

    /** Reporters may draw a live terminal dashboard. */
    public boolean interactiveAllowed() {
        return interactiveAllowed;
    }

    public HostFacts facts() {
        return facts;
    }

    /** The host block, collected while plugins load and the plan is made. */
    public CompletableFuture<Map<String, Object>> host() {
        return host;
    }

    public BenchctlInfo benchctl() {
        return benchctl;
    }

    /** The host id written into the journal and the result; null writes none. */
    public String hostId() {
        return hostId;
    }

    /** The host id of the network peer of a pair run ({@code --peer-host-id}), or null. */
    public String peerHostId() {
        return peerHostId;
    }

    /** The run's journal, {@code <runId>.jsonl} in the output folder. */
    public Path journalFile() {
        return outputDirectory.resolve(runId + ".jsonl");
    }

    /** Where human output goes (stderr). */
    public PrintStream console() {
        return console;
    }

    /** A request for the run {@code runId} of {@code profile}; the other parts are set by name. */
    /** Compares the finished run with a baseline before the reporters write; null for none. */
    public ResultComparator comparator() {
        return comparator;
    }

    public static Builder builder(String runId, EffectiveProfile profile) {
        return new Builder(runId, profile);
    }

    /**
     * Names each part of a {@link RunRequest}. Modules and reporters default to none, the three
     * switches to off, the host id to none, the console to {@code System.err}; the output folder, the host facts and
     * block and the benchctl versions are required.
     */
    public static final class Builder {
        private final String runId;
        private final EffectiveProfile profile;
        private Map<String, LoadedModule> modules = Map.of();
        private List<LoadedReporter> reporters = List.of();
        private Path outputDirectory;
        private boolean dryRun;
        private boolean quiet;
        private boolean interactiveAllowed;
        private HostFacts facts;
        private CompletableFuture<Map<String, Object>> host;
        private BenchctlInfo benchctl;
        private String hostId;
        private String peerHostId;
        private PrintStream console = System.err;
        private ResultComparator comparator;

        private Builder(String runId, EffectiveProfile profile) {
            this.runId = runId;
            this.profile = profile;
        }

        public Builder modules(Map<String, LoadedModule> modules) {
            this.modules = modules;
            return this;
        }

        public Builder reporters(List<LoadedReporter> reporters) {
            this.reporters = reporters;
            return this;
        }

        public Builder outputDirectory(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
            return this;
        }

        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        public Builder quiet(boolean quiet) {
            this.quiet = quiet;
            return this;
        }

        public Builder interactiveAllowed(boolean interactiveAllowed) {
            this.interactiveAllowed = interactiveAllowed;
            return this;
        }

        public Builder facts(HostFacts facts) {
            this.facts = facts;
            return this;
        }

        public Builder host(CompletableFuture<Map<String, Object>> host) {
            this.host = host;
            return this;
        }

        public Builder benchctl(BenchctlInfo benchctl) {
            this.benchctl = benchctl;
            return this;
        }

        public Builder hostId(String hostId) {
            this.hostId = hostId;
            return this;
        }

        public Builder peerHostId(String peerHostId) {
            this.peerHostId = peerHostId;
            return this;
        }

        public Builder console(PrintStream console) {
            this.console = console;
            return this;
        }

        public Builder comparator(ResultComparator comparator) {
            this.comparator = comparator;
            return this;
        }

        /** @throws NullPointerException naming the first required part that was not set */
        public RunRequest build() {
            return new RunRequest(this);
        }
    }
}
