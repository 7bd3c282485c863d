package io.benchctl.runtime.cli;

import picocli.CommandLine;

/** `benchctl peer` alone in a JVM, for the signal test (the lead's launcher registers the real one). */
public final class PeerCommandMain {
    private PeerCommandMain() {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new PeerCommand()).execute(args));
    }
}
