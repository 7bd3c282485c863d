package io.benchctl.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/** Removes the kit's temporary output folder. */
final class TempFiles {
    private TempFiles() {}

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(TempFiles.class)
                    .warn("could not remove the test kit's folder {}: {}", root, e.toString());
        }
    }
}
