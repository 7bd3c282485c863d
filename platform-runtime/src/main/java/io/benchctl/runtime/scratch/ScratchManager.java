package io.benchctl.runtime.scratch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.benchctl.api.ScratchSpace;
import io.benchctl.api.format.UnitText;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's {@link ScratchSpace}: per-run folders {@code benchctl-<runId>/}, each with a
 * {@value LockFile#NAME} naming the owning process.
 *
 * <p>Guarantees (the disk module writes only inside its per-run folder, never past its quota or
 * the free space minus a margin, and leaves nothing behind): {@link #allocate} refuses before writing a byte when the request
 * exceeds the quota or the free space minus a margin; {@link #release} removes every folder this
 * run made, and is safe to call again, from a shutdown hook, or concurrently with a workload;
 * {@link #sweepStale} removes folders whose owner is dead, so a SIGKILLed run is cleaned up by the
 * next one. Warnings (stale folders removed, cleanup failures) go to the {@code warn} consumer as
 * events for reporters, or, for an allocation made for one workload, to that allocation's own
 * consumer; an exception thrown by a consumer is logged and ignored.
 *
 * <p>Thread safety: all methods are synchronized on the manager.
 */
@API(status = INTERNAL, since = "1.0")
public final class ScratchManager implements ScratchSpace, AutoCloseable {
    /** Every scratch folder's name starts with this; the sweep looks at nothing else. */
    public static final String FOLDER_PREFIX = "benchctl-";

    /** Kept free on every file system so the host's logs and package manager keep working. */
    static final long MIN_MARGIN_BYTES = 256L << 20;

    /** On big file systems the margin grows with the size: 2 % of 1 TB is 20 GB. */
    static final double MARGIN_FRACTION = 0.02;

    /** A scratch folder named after a run id ({@code benchctl-20261129T191906Z-name-1a2b}). */
    private static final Pattern RUN_FOLDER = Pattern.compile(FOLDER_PREFIX + "\\d{8}T\\d{6}Z-.+");

    /** How old a folder without an owner lock must be before the sweep takes it for a crash's. */
    static final Duration LOCKLESS_GRACE = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(ScratchManager.class);
    private static final Pattern SAFE_RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final String runId;
    private final BiConsumer<String, String> warn;
    private final LockFile lock = LockFile.ofCurrentProcess();
    private final Set<Path> folders = new LinkedHashSet<>();
    private boolean closed;

    /**
     * @param runId this run's id; it becomes part of a folder name, so letters, digits, {@code .},
     *     {@code _} and {@code -} only
     * @param warn receives {@code (code, message)} warning events for reporters
     */
    public ScratchManager(String runId, BiConsumer<String, String> warn) {
        if (runId == null || !SAFE_RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("run id must be letters, digits, '.', '_' or '-': " + runId);
        }
        this.runId = runId;
        this.warn = Objects.requireNonNull(warn, "warn");
    }

    @Override
    public Path allocate(Path parentDir, long bytesNeeded, long quotaBytes) throws IOException {
        return allocate(parentDir, bytesNeeded, quotaBytes, warn);
    }

    /**
     * {@link #allocate(Path, long, long)} for one workload: what the sweep before it finds (a
     * stale folder removed, say) goes to {@code workloadWarn}, so that it becomes that workload's
     * warning rather than the run's.
     */
    public synchronized Path allocate(
            Path parentDir, long bytesNeeded, long quotaBytes, BiConsumer<String, String> workloadWarn)
            throws IOException {
        Objects.requireNonNull(workloadWarn, "workloadWarn");
        if (closed) {
            throw new IllegalStateException("scratch space is closed: the run is shutting down");
        }
        if (bytesNeeded < 0 || quotaBytes < 0) {
            throw new IllegalArgumentException("bytesNeeded and quotaBytes must be >= 0");
        }
        Path parent = parentDir.toAbsolutePath().normalize();
        checkUsable(parent);
        sweepStale(parent, workloadWarn);
        Path folder = parent.resolve(FOLDER_PREFIX + runId);
        checkSpace(parent, bytesNeeded + FolderTrees.sizeBytes(folder), bytesNeeded, quotaBytes);
        create(folder);
        return folder;
    }

    /**
     * Removes the {@code benchctl-*} folders under {@code parentDir} whose owner process is dead
     * (or whose pid now belongs to a younger process), saying so through {@code warn}. Folders of
     * live processes, of other hosts or pid namespaces, and folders without a readable lock are
     * left alone, except an empty one named after a run id and older than {@link #LOCKLESS_GRACE}
     * (a run killed between creating the folder and writing its lock).
     *
     * @return the folders removed
     */
    public synchronized List<Path> sweepStale(Path parentDir) {
        return sweepStale(parentDir, warn);
    }

    private List<Path> sweepStale(Path parentDir, BiConsumer<String, String> sink) {
        Path parent = parentDir.toAbsolutePath().normalize();
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(parent, FOLDER_PREFIX + "*")) {
            for (Path candidate : candidates) {
                if (Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)
                        && !folders.contains(candidate)
                        && removeIfStale(candidate, sink)) {
                    removed.add(candidate);
                }
            }
        } catch (IOException e) {
            LOG.debug("cannot list {} for stale scratch folders: {}", parent, e.toString());
        }
        return removed;
    }

    /** Removes every folder this run allocated. Idempotent; a failure is reported as a warning. */
    public synchronized void release() {
        for (Path folder : List.copyOf(folders)) {
            try {
                FolderTrees.delete(folder);
                folders.remove(folder);
                LOG.debug("removed scratch folder {}", folder);
            } catch (IOException e) {
                emit(
                        warn,
                        "scratch-cleanup-failed",
                        "could not remove scratch folder " + folder + ": " + reason(e) + "; remove it by hand");
            }
        }
    }

    /** Releases everything and refuses further allocations (the run is ending). */
    @Override
    public synchronized void close() {
        closed = true;
        release();
    }

    private static void checkUsable(Path parent) throws IOException {
        if (!Files.exists(parent)) {
            throw new IOException("scratch dir " + parent + " does not exist");
        }
        if (!Files.isDirectory(parent)) {
            throw new IOException("scratch dir " + parent + " is not a directory");
        }
        if (!Files.isWritable(parent)) {
            throw new IOException(
                    "scratch dir " + parent + " is not writable by user " + System.getProperty("user.name"));
        }
    }

    private static void checkSpace(Path parent, long runBytes, long bytesNeeded, long quotaBytes) throws IOException {
        if (runBytes > quotaBytes) {
            String inUse = runBytes > bytesNeeded
                    ? " (with " + UnitText.humanBytes(runBytes - bytesNeeded) + " this run already holds there)"
                    : "";
            throw new IOException("refusing to write " + UnitText.humanBytes(bytesNeeded) + " under " + parent + inUse
                    + ": more than the quota of " + UnitText.humanBytes(quotaBytes) + "; nothing was written");
        }
        FileStore store = Files.getFileStore(parent);
        long usableBytes = store.getUsableSpace();
        long marginBytes = Math.max(MIN_MARGIN_BYTES, (long) (store.getTotalSpace() * MARGIN_FRACTION));
        if (bytesNeeded > usableBytes - marginBytes) {
            throw new IOException("refusing to write " + UnitText.humanBytes(bytesNeeded) + " under " + parent
                    + ": only " + UnitText.humanBytes(usableBytes) + " is free on " + store.name() + " ("
                    + store.type() + ") and " + UnitText.humanBytes(marginBytes)
                    + " of it is kept free as a safety margin; nothing was written");
        }
    }

    private void create(Path folder) throws IOException {
        if (folders.contains(folder) && Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            lock.writeTo(folder);
        } catch (FileSystemException e) {
            FolderTrees.delete(folder);
            throw new IOException("cannot create scratch folder " + folder + ": " + reason(e), e);
        }
        folders.add(folder);
        LOG.debug("scratch folder {} allocated", folder);
    }

    private boolean removeIfStale(Path candidate, BiConsumer<String, String> sink) {
        Optional<LockFile> owner = LockFile.readFrom(candidate);
        if (owner.isPresent() && owner.get().owner() == LockFile.Owner.DEAD) {
            return remove(
                    candidate, "a benchctl run that is gone (pid " + owner.get().pid() + ")", sink);
        }
        if (owner.isEmpty() && diedBeingCreated(candidate)) {
            return remove(candidate, "a benchctl run killed while it created the folder (no owner lock)", sink);
        }
        return false;
    }

    /**
     * A run killed between creating its folder and writing the lock leaves a folder holding at most
     * a torn lock. A live run spends microseconds in that state, so past {@link #LOCKLESS_GRACE}
     * such a folder has no owner to wait for.
     */
    private static boolean diedBeingCreated(Path folder) {
        if (!RUN_FOLDER.matcher(folder.getFileName().toString()).matches()) {
            return false; // not named by a run: perhaps the user's own, however empty
        }
        try (Stream<Path> entries = Files.list(folder)) {
            boolean onlyTheLock =
                    entries.allMatch(entry -> entry.getFileName().toString().equals(LockFile.NAME));
            Instant modified = Files.getLastModifiedTime(folder).toInstant();
            return onlyTheLock && modified.plus(LOCKLESS_GRACE).isBefore(Instant.now());
        } catch (IOException e) {
            return false;
        }
    }

    private boolean remove(Path candidate, String leftBy, BiConsumer<String, String> sink) {
        try {
            long sizeBytes = FolderTrees.sizeBytes(candidate);
            FolderTrees.delete(candidate);
            emit(
                    sink,
                    "scratch-stale-removed",
                    "removed " + candidate + " (" + UnitText.humanBytes(sizeBytes) + ") left by " + leftBy);
            return true;
        } catch (IOException e) {
            emit(sink, "scratch-stale-kept", "could not remove " + candidate + " left by " + leftBy + ": " + reason(e));
            return false;
        }
    }

    private static void emit(BiConsumer<String, String> sink, String code, String message) {
        try {
            sink.accept(code, message);
        } catch (RuntimeException e) {
            LOG.warn("warning listener failed on [{}] {}", code, message, e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
