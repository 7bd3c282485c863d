package io.benchctl.runtime.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every mistake of one load and places each where the user wrote it: a line of the
 * profile, or {@code --set} when an override put the value there.
 */
final class Problems {

    static final String SET_OPTION = "--set";

    private final String file;
    private final TomlLines lines;
    private final List<List<Object>> overridden = new ArrayList<>();
    private final Set<ProfileError> errors = new LinkedHashSet<>();

    Problems(String file, TomlLines lines) {
        this.file = file;
        this.lines = lines;
    }

    /** Values at or below this path came from {@code --set}. */
    void overridden(List<Object> path) {
        overridden.add(List.copyOf(path));
    }

    /** A mistake at an absolute key path of the profile tree. */
    void add(Problem problem) {
        List<Object> path = problem.path();
        // An override wrote this value, or created this table (which the file does not have).
        boolean fromSet = overridden.stream()
                .anyMatch(set -> KeyPath.startsWith(path, set) || KeyPath.startsWith(set, path) && !lines.has(path));
        String where = fromSet ? SET_OPTION : file;
        Integer line = fromSet ? null : lines.lineOf(path);
        errors.add(new ProfileError(
                where, KeyPath.format(path), line, problem.expected(), problem.found(), problem.suggestion()));
    }

    /** A mistake that the caller has already placed. */
    void add(ProfileError error) {
        errors.add(error);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /**
     * @throws ProfileException with every mistake: the profile's in line order, then the rest
     */
    void throwIfAny() throws ProfileException {
        if (errors.isEmpty()) {
            return;
        }
        List<ProfileError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(this::rank)
                .thenComparing(ProfileError::line, Comparator.nullsLast(Comparator.naturalOrder())));
        throw new ProfileException(sorted);
    }

    private int rank(ProfileError error) {
        if (file != null && file.equals(error.file())) {
            return error.line() != null ? 0 : 1;
        }
        return SET_OPTION.equals(error.file()) ? 2 : 3;
    }
}
