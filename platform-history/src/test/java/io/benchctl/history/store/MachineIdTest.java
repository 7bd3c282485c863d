package io.benchctl.history.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineIdTest {

    @TempDir
    Path folder;

    @Test
    void theFirstLineTrimmedIsTheId() throws Exception {
        Path file = Files.writeString(folder.resolve("machine-id"), "  0123456789abcdef0123456789abcdef\n");
        assertEquals(Optional.of("0123456789abcdef0123456789abcdef"), MachineId.read(file));
    }

    @Test
    void aMissingOrBlankFileHasNoId() throws Exception {
        assertEquals(Optional.empty(), MachineId.read(folder.resolve("absent")));
        assertEquals(Optional.empty(), MachineId.read(Files.writeString(folder.resolve("blank"), "\n \n")));
    }

    @Test
    void thisMachinesIdIsTheOneItsFileHolds() throws Exception {
        Path etc = MachineId.FILES.getFirst();
        if (Files.isReadable(etc) && !Files.readString(etc).isBlank()) {
            assertEquals(Optional.of(Files.readString(etc).strip()), MachineId.read());
        }
    }
}
