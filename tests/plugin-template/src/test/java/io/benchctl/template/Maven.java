package io.benchctl.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Maven as a real process, offline, on JDK 25, against an isolated local repository that
 * takes what it lacks from the build's own local repository (a file mirror): nothing touches the
 * network or the user's {@code ~/.m2}.
 */
final class Maven {
    private static final long TIMEOUT_SECONDS = 240;

    private final Path localRepository;
    private final Path settings;

    private Maven(Path localRepository, Path settings) {
        this.localRepository = localRepository;
        this.settings = settings;
    }

    /** A Maven whose local repository is {@code localRepository}, seeded from {@code seedRepository}. */
    static Maven isolated(Path localRepository, Path seedRepository, Path workDir) throws IOException {
        Path settings = Files.writeString(workDir.resolve("settings.xml"), """
                <settings>
                  <mirrors>
                    <mirror><id>build-local-repository</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                </settings>
                """.formatted(seedRepository.toUri()));
        return new Maven(localRepository, settings);
    }

    /**
     * Runs {@code mvn} with these arguments in {@code directory}; its output goes to {@code log}.
     *
     * @throws AssertionError with the end of the log when Maven fails or takes too long
     */
    void run(Path directory, Path log, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                executable(),
                "-B",
                "-o",
                "-Daether.offline.protocols=file",
                "-s",
                settings.toString(),
                "-Dmaven.repo.local=" + localRepository));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("MAVEN_OPTS");
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("mvn " + String.join(" ", arguments) + " took longer than " + TIMEOUT_SECONDS
                    + " s; log: " + log + "\n" + tail(log));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("mvn " + String.join(" ", arguments) + " failed with exit code "
                    + process.exitValue() + "; log: " + log + "\n" + tail(log));
        }
    }

    private static String executable() {
        String home = System.getProperty("benchctl.e2e.mavenHome", "");
        Path mvn = Path.of(home, "bin", "mvn");
        return !home.isEmpty() && Files.isExecutable(mvn) ? mvn.toString() : "mvn";
    }

    /** The log's last lines, without the ANSI colours Maven 3.8 writes even in batch mode. */
    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log).stream()
                .map(l -> l.replaceAll("\u001B\\[[0-9;]*m", ""))
                .filter(l -> !l.startsWith("WARNING: "))
                .toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
