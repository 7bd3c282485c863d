package io.benchctl.runtime.plugins;

/**
 * A plugin that could not be used, or a plugins folder that could not be read, and why, in
 * words for the user.
 *
 * @param source the plugin file's name (or the plugin id where the file is not the point), or
 *     the folder's path
 * @param folder whether {@code source} is a plugins folder rather than one plugin
 */
public record PluginProblem(String source, String reason, boolean folder) {
    public PluginProblem(String source, String reason) {
        this(source, reason, false);
    }

    /** A plugins folder that yields no plugins at all: missing, or not listable. */
    static PluginProblem folder(java.nio.file.Path dir, String reason) {
        return new PluginProblem(dir.toString(), reason, true);
    }

    /** The warning line's text: what was not loaded, and why. */
    public String warning() {
        return folder
                ? "plugins folder " + source + ": " + reason + "; no plugins loaded from it"
                : "plugin " + source + " skipped: " + reason;
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
