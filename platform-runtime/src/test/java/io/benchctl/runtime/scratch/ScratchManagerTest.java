package io.benchctl.runtime.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.format.UnitText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchManagerTest {
    @TempDir
    Path parent;

    private final List<String> warnings = new ArrayList<>();

    private ScratchManager manager(String runId) {
        return new ScratchManager(runId, (code, message) -> warnings.add(code + ": " + message));
    }

    @Test
    void allocatesOneLockedFolderPerRunAndReleaseRemovesIt() throws IOException {
        try (ScratchManager scratch = manager("run1")) {
            Path folder = scratch.allocate(parent, 1 << 20, 1L << 30);
            assertEquals(parent.resolve("benchctl-run1"), folder);
            assertEquals(folder, scratch.allocate(parent, 1 << 20, 1L << 30));
            LockFile lock = LockFile.readFrom(folder).orElseThrow();
            assertEquals(ProcessHandle.current().pid(), lock.pid());
            assertEquals(LockFile.Owner.ALIVE, lock.owner());
            Files.write(folder.resolve("data"), new byte[4096]);
            Files.createDirectories(folder.resolve("sub/deeper"));
            Files.write(folder.resolve("sub/deeper/more"), new byte[10]);

            scratch.release();
            assertFalse(Files.exists(folder));
            scratch.release();
            assertFalse(Files.exists(folder));
        }
        assertTrue(warnings.isEmpty(), warnings::toString);
    }

    @Test
    void closeRemovesFoldersInEveryParentAndRefusesNewAllocations() throws IOException {
        Path second = Files.createDirectory(parent.resolve("second"));
        ScratchManager scratch = manager("run2");
        Path a = scratch.allocate(parent, 0, 0);
        Path b = scratch.allocate(second, 0, 0);
        scratch.close();
        assertFalse(Files.exists(a));
        assertFalse(Files.exists(b));
        assertThrows(IllegalStateException.class, () -> scratch.allocate(parent, 0, 0));
    }

    @Test
    void aQuotaTooSmallIsRefusedBeforeAnyWrite() {
        try (ScratchManager scratch = manager("run3")) {
            IOException e = assertThrows(IOException.class, () -> scratch.allocate(parent, 3L << 30, 1L << 30));
            assertEquals(
                    "refusing to write 3.00 GiB under " + parent
                            + ": more than the quota of 1.00 GiB; nothing was written",
                    e.getMessage());
        }
        assertEquals(List.of(), list(parent));
    }

    @Test
    void theQuotaCountsWhatTheRunAlreadyHoldsThere() throws IOException {
        try (ScratchManager scratch = manager("run4")) {
            Path folder = scratch.allocate(parent, 8192, 10_000);
            Files.write(folder.resolve("first"), new byte[8192]);
            IOException e = assertThrows(IOException.class, () -> scratch.allocate(parent, 8192, 10_000));
            // The lock file counts too: the quota bounds everything the run holds under the parent.
            assertTrue(
                    e.getMessage()
                            .matches(
                                    "refusing to write 8.00 KiB under .* \\(with 8\\.\\d\\d KiB this run"
                                            + " already holds there\\): more than the quota of 9\\.77 KiB; nothing was written"),
                    e.getMessage());
            assertEquals(List.of(LockFile.NAME, "first"), list(folder));
        }
    }

    @Test
    void moreThanTheFreeSpaceMinusTheMarginIsRefusedBeforeAnyWrite() throws IOException {
        long usableBytes = Files.getFileStore(parent).getUsableSpace();
        try (ScratchManager scratch = manager("run5")) {
            IOException e =
                    assertThrows(IOException.class, () -> scratch.allocate(parent, usableBytes, Long.MAX_VALUE));
            assertTrue(
                    e.getMessage().startsWith("refusing to write " + UnitText.humanBytes(usableBytes) + " under "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("is kept free as a safety margin; nothing was written"), e.getMessage());
        }
        assertEquals(List.of(), list(parent));
    }

    @Test
    void aMissingParentOrAFileGivesAClearError() throws IOException {
        Path file = Files.writeString(parent.resolve("plain-file"), "x");
        try (ScratchManager scratch = manager("run6")) {
            IOException missing = assertThrows(IOException.class, () -> scratch.allocate(parent.resolve("nope"), 0, 1));
            assertEquals("scratch dir " + parent.resolve("nope") + " does not exist", missing.getMessage());
            IOException notDir = assertThrows(IOException.class, () -> scratch.allocate(file, 0, 1));
            assertEquals("scratch dir " + file + " is not a directory", notDir.getMessage());
        }
    }

    @Test
    void anUnwritableParentGivesAClearErrorAndStaysEmpty() throws Exception {
        Path locked = Files.createDirectory(parent.resolve("locked"));
        try (Unwritable ignored = Unwritable.make(locked);
                ScratchManager scratch = manager("run7")) {
            IOException e = assertThrows(IOException.class, () -> scratch.allocate(locked, 0, 1));
            assertEquals(
                    "scratch dir " + locked + " is not writable by user " + System.getProperty("user.name"),
                    e.getMessage());
        }
        assertEquals(List.of(), list(locked));
    }

    @Test
    void sweepRemovesFoldersOfDeadOwnersAndLeavesTheRestAlone() throws Exception {
        long deadPid = deadPid();
        Path stale = staleFolder("benchctl-killed", new LockFile(deadPid, -1, self().host(), self().pidNamespace()));
        Path reusedPid = staleFolder(
                "benchctl-reused",
                new LockFile(self().pid(), self().startMillis() - 3_600_000, self().host(), self().pidNamespace()));
        Path live = staleFolder("benchctl-live", self());
        Path otherHost =
                staleFolder("benchctl-remote", new LockFile(deadPid, -1, "another-host", self().pidNamespace()));
        Path noLock = Files.createDirectory(parent.resolve("benchctl-tools"));
        Path unrelated = Files.createDirectory(parent.resolve("mine"));

        List<Path> removed = manager("run8").sweepStale(parent);

        assertEquals(List.of(stale, reusedPid), removed.stream().sorted().toList());
        for (Path kept : List.of(live, otherHost, noLock, unrelated)) {
            assertTrue(Files.isDirectory(kept), kept + " must be left alone");
        }
        assertEquals(2, warnings.size(), warnings::toString);
        assertTrue(
                warnings.stream()
                        .anyMatch(w -> w.startsWith("scratch-stale-removed: removed " + stale + " (4.1")
                                && w.endsWith(" KiB) left by a benchctl run that is gone (pid " + deadPid + ")")),
                warnings::toString);
    }

    @Test
    void anOldEmptyRunFolderWithoutALockIsACrashDuringCreationAndIsRemoved() throws Exception {
        FileTime aMinuteAgo = FileTime.from(Instant.now().minusSeconds(60));
        Path orphan = Files.createDirectory(parent.resolve("benchctl-20261129T192925Z-benchctl-1fc0"));
        Files.writeString(orphan.resolve(LockFile.NAME), "#benchctl scratch folder ow"); // torn
        Files.setLastModifiedTime(orphan, aMinuteAgo);
        Path young = Files.createDirectory(parent.resolve("benchctl-20261129T192926Z-benchctl-2ab1"));
        Path withData = Files.createDirectory(parent.resolve("benchctl-20261129T192927Z-benchctl-3c3c"));
        Files.write(withData.resolve("job-0.dat"), new byte[16]);
        Files.setLastModifiedTime(withData, aMinuteAgo);
        Path usersOwn = Files.createDirectory(parent.resolve("benchctl-tools"));
        Files.setLastModifiedTime(usersOwn, aMinuteAgo);

        assertEquals(List.of(orphan), manager("run10").sweepStale(parent));
        for (Path kept : List.of(young, withData, usersOwn)) {
            assertTrue(Files.isDirectory(kept), kept + " must be left alone");
        }
        assertEquals(
                List.of("scratch-stale-removed: removed " + orphan + " (27 B) left by a benchctl run killed while it"
                        + " created the folder (no owner lock)"),
                warnings);
    }

    @Test
    void allocateSweepsStaleSiblingsFirst() throws Exception {
        Path stale = staleFolder("benchctl-old", new LockFile(deadPid(), -1, self().host(), self().pidNamespace()));
        try (ScratchManager scratch = manager("run9")) {
            scratch.allocate(parent, 0, 1);
        }
        assertFalse(Files.exists(stale));
        assertEquals(1, warnings.size(), warnings::toString);
    }

    @Test
    void anAllocationForOneWorkloadSendsItsSweepWarningsToThatWorkloadOnly() throws Exception {
        Path stale = staleFolder("benchctl-old", new LockFile(deadPid(), -1, self().host(), self().pidNamespace()));
        List<String> workloadWarnings = new ArrayList<>();
        try (ScratchManager scratch = manager("run11")) {
            Path folder = scratch.allocate(parent, 0, 1 << 20, (code, message) -> workloadWarnings.add(code));
            assertEquals(parent.resolve("benchctl-run11"), folder);
            assertEquals(folder, scratch.allocate(parent, 0, 1 << 20, (code, message) -> workloadWarnings.add(code)));
        }
        assertFalse(Files.exists(stale));
        assertEquals(List.of("scratch-stale-removed"), workloadWarnings);
        assertEquals(List.of(), warnings, "the run's own consumer hears nothing of it");
    }

    private Path staleFolder(String name, LockFile lock) throws IOException {
        Path folder = Files.createDirectory(parent.resolve(name));
        lock.writeTo(folder);
        Files.write(folder.resolve("job-0.dat"), new byte[4096]);
        return folder;
    }

    private static LockFile self() {
        return LockFile.ofCurrentProcess();
    }

    /** The pid of a process that really ran and has exited. */
    static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        long pid = process.pid();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        return pid;
    }

    static List<String> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
