package io.benchctl.runtime.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.Serial;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A profile, an override or a test selection that cannot be used. It carries every mistake
 * found, not only the first; {@link #getMessage()} is the complete text for the user (one line
 * per mistake), meant to be printed as is, without a stack trace.
 */
@API(status = INTERNAL, since = "1.0")
public final class ProfileException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<ProfileError> errors;

    public ProfileException(List<ProfileError> errors) {
        super(render(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a ProfileException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public ProfileException(ProfileError error) {
        this(List.of(error));
    }

    /** The mistakes, in the order they were found (file order, then overrides). */
    public List<ProfileError> errors() {
        return errors;
    }

    private static String render(List<ProfileError> errors) {
        if (errors.size() == 1) {
            return errors.getFirst().format();
        }
        StringBuilder out = new StringBuilder(errors.size() + " errors in the profile:");
        for (ProfileError error : errors) {
            out.append(System.lineSeparator()).append("  ").append(error.format());
        }
        return out.toString();
    }
}
