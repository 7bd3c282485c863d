package io.benchctl.runtime.orchestrator;

import io.benchctl.api.result.WarningInfo;
import io.benchctl.runtime.scratch.ScratchManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Notices files and folders that appear, while a workload runs, outside the scratch space but in
 * the folders benchctl knows and the user cares about: the working directory, the run's output
 * folder and the scratch roots (the parents of the {@code benchctl-*} scratch folders). Plugins run
 * in-process (adr/0011), so nothing here can stop such a write; it names the workload instead.
 *
 * <p>Each workload gets a {@link Window}: a name-only listing of each folder's top level before
 * its {@code init()} and again after its {@code close()}. That is cheap, and blind by design to
 * files deeper down, to changed or deleted files, to entries that come and go within the window,
 * and to every other folder. With workloads running in parallel, a new entry is reported on every
 * workload whose window saw it appear, and the message says others ran at the same time.
 */
final class OutsideWrites {
    static final String CODE = "outside-scratch-write";

    /** Paths named in one warning; the rest are counted. */
    private static final int NAMED_AT_MOST = 5;

    /**
     * What benchctl itself writes in an output folder, by this or by another run sharing it: the
     * journal and result files named after a run id ({@code 20261129T191906Z-name-1a2b.jsonl}),
     * {@code latest.json}, and the hidden temp files of atomic writes and of the writability probe.
     */
    private static final Pattern RUN_FILE = Pattern.compile("\\d{8}T\\d{6}Z-.+");

    private static final Pattern HIDDEN_TEMP = Pattern.compile("\\..+\\.tmp");
    private static final String LATEST = "latest.json";

    private final Path workingDir;
    private final Path outputDir;
    private final Set<Path> scratchRoots = new LinkedHashSet<>();
    private final Set<Window> open = new HashSet<>();

    OutsideWrites(Path workingDir, Path outputDir) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.outputDir = outputDir.toAbsolutePath().normalize();
    }

    /** Starts watching for one workload: lists every known folder now. */
    synchronized Window open() {
        Window window = new Window();
        Set<Path> folders = new LinkedHashSet<>(List.of(workingDir, outputDir));
        folders.addAll(scratchRoots);
        folders.forEach(window::watch);
        if (!open.isEmpty()) {
            window.overlapped = true;
            open.forEach(other -> other.overlapped = true);
        }
        open.add(window);
        return window;
    }

    /**
     * A folder a scratch folder was allocated in. The first time it is seen, it is listed for
     * every open window, so writes there from then on are seen too.
     */
    synchronized void scratchRoot(Path root) {
        Path normalized = root.toAbsolutePath().normalize();
        if (scratchRoots.add(normalized)) {
            open.forEach(window -> window.watch(normalized));
        }
    }

    /**
     * Ends the window: a warning naming what appeared in it, if anything. A folder that cannot be
     * listed (gone, unreadable) is skipped in silence: this check never fails a workload.
     */
    Optional<WarningInfo> close(Window window) {
        Set<Path> roots;
        synchronized (this) {
            open.remove(window);
            roots = Set.copyOf(scratchRoots);
        }
        List<Path> appeared = new ArrayList<>();
        for (var entry : window.before.entrySet()) {
            Path folder = entry.getKey();
            list(folder)
                    .ifPresent(now -> now.stream()
                            .filter(name -> !entry.getValue().contains(name) && !ownedByBenchctl(folder, name, roots))
                            .sorted()
                            .forEach(name -> appeared.add(folder.resolve(name))));
        }
        if (appeared.isEmpty()) {
            return Optional.empty();
        }
        List<String> named =
                appeared.stream().limit(NAMED_AT_MOST).map(Path::toString).toList();
        int more = appeared.size() - named.size();
        String message = appeared.size() + " new file(s) or folder(s) appeared outside the scratch space while this"
                + " workload ran: " + String.join(", ", named) + (more > 0 ? " and " + more + " more" : "")
                + (window.overlapped ? " (other workloads ran at the same time: any of them may be the writer)" : "");
        return Optional.of(new WarningInfo(CODE, message));
    }

    private boolean ownedByBenchctl(Path folder, String name, Set<Path> roots) {
        boolean output = folder.equals(outputDir)
                && (RUN_FILE.matcher(name).matches()
                        || HIDDEN_TEMP.matcher(name).matches()
                        || name.equals(LATEST));
        boolean scratch = roots.contains(folder) && name.startsWith(ScratchManager.FOLDER_PREFIX);
        return output || scratch;
    }

    /** The names at the top of {@code folder}, or empty when it cannot be listed. */
    private static Optional<Set<String>> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            Set<String> names = new HashSet<>();
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
            return Optional.of(names);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** One workload's listings, taken before its init. */
    static final class Window {
        private final Map<Path, Set<String>> before = new ConcurrentHashMap<>();
        private volatile boolean overlapped;

        private void watch(Path folder) {
            if (!before.containsKey(folder)) {
                list(folder).ifPresent(names -> before.put(folder, names));
            }
        }
    }
}
