package io.benchctl.runtime.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the distribution lives ({@code -Dbenchctl.home}, set by {@code bin/benchctl}) and the
 * plugin folders: {@code --plugins-dir} if given, else {@code <home>/plugins}; plus every folder
 * in {@code $BENCHCTL_PLUGINS}.
 */
final class Home {
    private Home() {}

    static Path directory() {
        String home = System.getProperty("benchctl.home");
        return home == null ? Path.of("").toAbsolutePath() : Path.of(home);
    }

    static List<Path> pluginDirs(List<Path> explicit) {
        List<Path> dirs = new ArrayList<>();
        if (explicit != null && !explicit.isEmpty()) {
            dirs.addAll(explicit);
        } else {
            dirs.add(directory().resolve("plugins"));
        }
        String extra = System.getenv("BENCHCTL_PLUGINS");
        if (extra != null) {
            for (String dir : extra.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    dirs.add(Path.of(dir));
                }
            }
        }
        return dirs.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
    }

    /** The shipped default profile, if this is a distribution. */
    static Path defaultProfile() {
        Path profile = directory().resolve("profiles").resolve("default.toml");
        return Files.isRegularFile(profile) ? profile : null;
    }
}
