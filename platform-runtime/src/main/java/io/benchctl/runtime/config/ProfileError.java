package io.benchctl.runtime.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * One mistake in a profile, an override or a module selection, as the user sees it.
 *
 * @param file the profile file, or {@code --set} / {@code --modules} when the mistake is in that
 *     option; null when there is neither
 * @param keyPath the dotted key path ({@code modules.memory.kernels[1]}); null when the mistake
 *     has none (a TOML syntax error)
 * @param line the 1-based line in {@code file}, when known
 * @param expected what would have been accepted
 * @param found what was there
 * @param suggestion the nearest valid name for a misspelt key, module or value; else null
 */
@API(status = INTERNAL, since = "1.0")
public record ProfileError(
        String file, String keyPath, Integer line, String expected, String found, String suggestion) {

    /**
     * One line, compiler style so that editors can jump to it:
     * {@code lab.toml:12: modules.memory.kernels[1]: expected one of "copy", "add"; found "ad" (did you mean 'add'?)}.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (file != null) {
            out.append(file);
            if (line != null) {
                out.append(':').append(line);
            }
            out.append(": ");
        }
        if (keyPath != null && !keyPath.isEmpty()) {
            out.append(keyPath).append(": ");
        }
        out.append("expected ").append(expected).append("; found ").append(found);
        if (suggestion != null) {
            out.append(" (did you mean '").append(suggestion).append("'?)");
        }
        return out.toString();
    }
}
