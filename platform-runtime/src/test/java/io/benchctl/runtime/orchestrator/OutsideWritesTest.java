package io.benchctl.runtime.orchestrator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.api.result.WarningInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New top-level entries in the watched folders, on real folders. */
class OutsideWritesTest {
    @TempDir
    Path temp;

    private Path cwd;
    private Path output;
    private Path scratchRoot;
    private OutsideWrites watch;

    @BeforeEach
    void folders() throws Exception {
        cwd = Files.createDirectories(temp.resolve("cwd"));
        output = Files.createDirectories(temp.resolve("out"));
        scratchRoot = Files.createDirectories(temp.resolve("scratch"));
        watch = new OutsideWrites(cwd, output);
    }

    @Test
    void benchctlsOwnFilesAreNotReported() throws Exception {
        watch.scratchRoot(scratchRoot);
        OutsideWrites.Window window = watch.open();
        Files.writeString(output.resolve("20261129T191906Z-test-1a2b.jsonl"), "{}");
        Files.writeString(output.resolve("20261129T191907Z-other-3c4d.json"), "{}");
        Files.writeString(output.resolve("latest.json"), "{}");
        Files.writeString(output.resolve(".latest.json.123.tmp"), "{}");
        Files.createDirectories(scratchRoot.resolve("benchctl-20261129T191906Z-test-1a2b"));
        assertEquals(Optional.empty(), watch.close(window));
    }

    @Test
    void aNewEntryInEachWatchedFolderIsNamedAndOldOnesAreNot() throws Exception {
        Files.writeString(cwd.resolve("before.txt"), "there already");
        OutsideWrites.Window window = watch.open();
        // A scratch root first seen mid-window (the workload allocates in init) is watched from then on.
        watch.scratchRoot(scratchRoot);
        Files.writeString(cwd.resolve("stray.txt"), "x");
        Files.createDirectories(output.resolve("stray-dir"));
        Files.writeString(scratchRoot.resolve("beside-scratch.bin"), "x");
        // Only the top level is listed, and a benchctl-* name means something else outside a scratch root.
        Files.writeString(
                Files.createDirectories(cwd.resolve("benchctl-not-scratch")).resolve("deep.txt"), "x");
        WarningInfo warning = watch.close(window).orElseThrow();
        assertEquals("outside-scratch-write", warning.code());
        assertTrue(warning.message().startsWith("4 new file(s) or folder(s) appeared"), warning.message());
        for (Path path : new Path[] {
            cwd.resolve("stray.txt"),
            cwd.resolve("benchctl-not-scratch"),
            output.resolve("stray-dir"),
            scratchRoot.resolve("beside-scratch.bin")
        }) {
            assertTrue(warning.message().contains(path.toString()), warning.message());
        }
        assertFalse(warning.message().contains("before.txt"), warning.message());
        assertFalse(warning.message().contains("deep.txt"), warning.message());
        assertFalse(warning.message().contains("at the same time"), "this workload ran alone");
    }

    @Test
    void theListIsCappedAndCounted() throws Exception {
        OutsideWrites.Window window = watch.open();
        for (int i = 0; i < 8; i++) {
            Files.writeString(cwd.resolve("f" + i), "x");
        }
        String message = watch.close(window).orElseThrow().message();
        assertTrue(message.contains(cwd.resolve("f4").toString()), message);
        assertFalse(message.contains(cwd.resolve("f5").toString()), message);
        assertTrue(message.endsWith(" and 3 more"), message);
    }

    @Test
    void overlappingWindowsEachSeeTheEntryAndSaySo() throws Exception {
        OutsideWrites.Window first = watch.open();
        OutsideWrites.Window second = watch.open();
        Files.writeString(cwd.resolve("stray.txt"), "x");
        for (OutsideWrites.Window window : new OutsideWrites.Window[] {first, second}) {
            String message = watch.close(window).orElseThrow().message();
            assertTrue(message.contains(cwd.resolve("stray.txt").toString()), message);
            assertTrue(message.contains("other workloads ran at the same time"), message);
        }
        OutsideWrites.Window later = watch.open();
        assertEquals(Optional.empty(), watch.close(later), "an entry older than the window is not news");
    }

    @Test
    void aFolderThatVanishesIsSkippedInSilence() throws Exception {
        OutsideWrites.Window window = watch.open();
        Files.delete(output);
        Files.writeString(cwd.resolve("stray.txt"), "x");
        WarningInfo warning = watch.close(window).orElseThrow();
        assertTrue(warning.message().startsWith("1 new"), warning.message());
    }
}
