package io.benchctl.runtime.plugins;

/**
 * A plugin that could not be used, and why, in words for the user.
 *
 * @param source the plugin file's name (or the plugin id where the file is not the point)
 */
public record PluginProblem(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
