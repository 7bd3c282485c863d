package io.benchctl.runtime.config;

import java.util.List;

public final class ProfileException extends Exception {
    private final List<ProfileError> errors;

    public ProfileException(String message, List<ProfileError> errors) {
        super(message);
        this.errors = errors;
    }

    public List<ProfileError> errors() {
        return errors;
    }
}
