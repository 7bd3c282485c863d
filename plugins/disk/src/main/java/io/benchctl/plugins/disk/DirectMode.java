package io.benchctl.plugins.disk;

/** The user's choice for direct I/O. */
enum DirectMode {
    AUTO,
    ON,
    OFF;

    static DirectMode of(String value) {
        return switch (value) {
            case "auto" -> AUTO;
            case "on" -> ON;
            case "off" -> OFF;
            default ->
                throw new IllegalArgumentException("direct must be \"auto\", \"on\" or \"off\", not \"" + value + "\"");
        };
    }
}
