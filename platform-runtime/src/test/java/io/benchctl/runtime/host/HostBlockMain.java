package io.benchctl.runtime.host;

import io.benchctl.runtime.result.ResultCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes this JVM's host block to the file named by its argument, for tests that fork a JVM. */
public final class HostBlockMain {

    private HostBlockMain() {}

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), ResultCodec.toJsonLine(HostProbe.collect(List.of())));
    }
}
