package io.benchctl.runtime.config;

import java.util.List;

/**
 * A mistake before it is placed in a file: where it is in the tree being checked, what was
 * expected and found, and the nearest valid name.
 *
 * @param path the key path relative to the tree that was validated
 */
record Problem(List<Object> path, String expected, String found, String suggestion) {

    Problem {
        path = List.copyOf(path);
    }

    Problem under(List<Object> prefix) {
        return new Problem(KeyPath.append(prefix, path.toArray()), expected, found, suggestion);
    }
}
