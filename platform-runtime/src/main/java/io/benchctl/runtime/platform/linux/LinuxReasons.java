package io.benchctl.runtime.platform.linux;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Why a source could not be read, in a few words a reader of the result understands. */
final class LinuxReasons {
    private LinuxReasons() {}

    static String of(Exception e) {
        if (e instanceof NoSuchFileException missing) {
            return "this host has no " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "not allowed to read " + denied.getFile();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
