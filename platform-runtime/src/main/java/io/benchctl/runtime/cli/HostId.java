package io.benchctl.runtime.cli;

import io.benchctl.history.store.MachineId;
import io.benchctl.runtime.platform.Platforms;
import java.util.regex.Pattern;

/**
 * The id a run's result and history record name its host by. Fleets pass their own (Ansible's
 * {@code inventory_hostname}, a Kubernetes pod's {@code spec.nodeName}) with {@code --host-id};
 * without one it is the machine id, which survives reboots and renames, else the hostname.
 */
final class HostId {

    /** The longest id; {@code result.schema.json} says the same. */
    static final int MAX_LENGTH = 128;

    /** Visible ASCII without '/' and '\': an id is also a file name and a URL path segment. */
    private static final Pattern VALID = Pattern.compile("[!-.0-\\[\\]-~]{1," + MAX_LENGTH + "}");

    private HostId() {}

    /** The option's value when it is one, else this machine's id. */
    static String resolve(String option, String value) {
        return value == null ? ofThisMachine() : validate(option, value);
    }

    /**
     * @throws UserException (exit 2) naming the option, the value and what is wrong with it
     */
    static String validate(String option, String value) {
        if (VALID.matcher(value).matches()) {
            return value;
        }
        String problem;
        if (value.isEmpty()) {
            problem = "it is empty";
        } else if (value.length() > MAX_LENGTH) {
            problem = "it has " + value.length() + " characters, more than " + MAX_LENGTH;
        } else {
            int at = firstInvalid(value);
            problem = "character " + (at + 1) + " is " + describe(value.charAt(at));
        }
        throw new UserException(
                ExitCodes.USAGE,
                option + " '" + printable(value) + "' is not a host id: " + problem + "; use 1 to " + MAX_LENGTH
                        + " visible ASCII characters without space, '/' or '\\' (e.g. web-01.example.org)");
    }

    /** The machine id, else the hostname. */
    static String ofThisMachine() {
        return MachineId.read()
                .filter(id -> VALID.matcher(id).matches())
                .or(() -> Platforms.current().host().hostname())
                .filter(id -> VALID.matcher(id).matches())
                .orElseThrow(() -> new UserException(
                        ExitCodes.USAGE,
                        "this machine has neither a machine id nor a usable hostname; name it with --host-id"));
    }

    private static int firstInvalid(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!VALID.matcher(value.substring(i, i + 1)).matches()) {
                return i;
            }
        }
        return 0;
    }

    private static String describe(char c) {
        return switch (c) {
            case ' ' -> "a space";
            case '/' -> "'/'";
            case '\\' -> "'\\'";
            default -> c < 0x20 || c == 0x7f ? "a control character" : "'" + c + "', not visible ASCII";
        };
    }

    /** The value as a short line of output: control characters as '?', a long one cut. */
    private static String printable(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return shown.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
