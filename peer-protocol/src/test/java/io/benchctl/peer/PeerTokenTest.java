package io.benchctl.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerTokenTest {
    @TempDir
    Path dir;

    @Test
    void readsAndTrimsATokenFileAndNeverPrintsIt() throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "  s3cr3t-token-of-some-length \n");
        PeerToken token = PeerToken.readFile(file);
        assertEquals(PeerToken.of("s3cr3t-token-of-some-length".getBytes()), token);
        assertFalse(token.toString().contains("s3cr3t"));
    }

    @Test
    void refusesMissingShortAndHugeFilesWithAHowTo() throws Exception {
        String missing = assertThrows(IllegalArgumentException.class, () -> PeerToken.readFile(dir.resolve("nope")))
                .getMessage();
        assertTrue(missing.contains("does not exist") && missing.contains("head -c 32 /dev/urandom"), missing);
        Path shortFile = Files.writeString(dir.resolve("short"), "abc\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PeerToken.readFile(shortFile))
                .getMessage()
                .contains("holds 3 bytes"));
        Path huge = Files.write(dir.resolve("huge"), new byte[10_000]);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PeerToken.readFile(huge))
                .getMessage()
                .contains("larger than 4096 bytes"));
    }

    @Test
    void randomTokensDiffer() {
        assertFalse(PeerToken.random().equals(PeerToken.random()));
    }
}
