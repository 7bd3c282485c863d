package io.benchctl.runtime.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each key of a TOML document is written: key path → 1-based line. Jackson's tree keeps no
 * locations, and schema errors come as JSON pointers, so this scans the text once more. It knows
 * table headers, arrays of tables, dotted and quoted keys, inline tables, arrays (each element's
 * line) and multi-line strings. It is meant for text the TOML parser accepted; on anything else
 * it records what it can and always terminates.
 */
final class TomlLines {

    private final Map<List<Object>, Integer> lines = new HashMap<>();
    private final Map<List<Object>, Integer> arrayTableCounts = new HashMap<>();
    private final String text;
    private int pos;
    private int line = 1;

    private TomlLines(String text) {
        this.text = text;
    }

    static TomlLines index(String text) {
        TomlLines index = new TomlLines(text);
        index.scanDocument();
        return index;
    }

    /** Whether the text writes this very path (a key, a table header or an array element). */
    boolean has(List<Object> path) {
        return lines.containsKey(path);
    }

    /** The line of the path, or of its nearest written ancestor; null when none is written. */
    Integer lineOf(List<Object> path) {
        for (int size = path.size(); size > 0; size--) {
            Integer found = lines.get(path.subList(0, size));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void scanDocument() {
        List<Object> table = List.of();
        while (pos < text.length()) {
            skipBlanksAndComments(false);
            if (pos >= text.length()) {
                return;
            }
            char c = text.charAt(pos);
            if (c == '\n') {
                newline();
                continue;
            }
            if (c == '[') {
                table = header();
            } else {
                keyValue(table);
            }
            skipToNextLine();
        }
    }

    private List<Object> header() {
        boolean arrayTable = text.startsWith("[[", pos);
        pos += arrayTable ? 2 : 1;
        List<Object> path = List.copyOf(key());
        record(path);
        if (!arrayTable) {
            return path;
        }
        int index = arrayTableCounts.merge(path, 1, Integer::sum) - 1;
        List<Object> element = KeyPath.append(path, index);
        record(element);
        return element;
    }

    private void keyValue(List<Object> table) {
        List<Object> keys = key();
        skipBlanks();
        if (keys.isEmpty() || pos >= text.length() || text.charAt(pos) != '=') {
            return;
        }
        pos++;
        List<Object> path = new ArrayList<>(table);
        for (Object key : keys) {
            path.add(key);
            record(List.copyOf(path));
        }
        value(List.copyOf(path));
    }

    private void value(List<Object> path) {
        skipBlanks();
        if (pos >= text.length()) {
            return;
        }
        char c = text.charAt(pos);
        if (c == '[') {
            pos++;
            array(path);
        } else if (c == '{') {
            pos++;
            inlineTable(path);
        } else if (c == '"' || c == '\'') {
            string(c);
        } else {
            while (pos < text.length() && ",]}#\n".indexOf(text.charAt(pos)) < 0) {
                pos++;
            }
        }
    }

    private void array(List<Object> path) {
        for (int index = 0; pos < text.length(); index++) {
            skipBlanksAndComments(true);
            if (pos >= text.length() || text.charAt(pos) == ']') {
                break;
            }
            List<Object> element = KeyPath.append(path, index);
            record(element);
            int before = pos;
            value(element);
            skipBlanksAndComments(true);
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos == before) {
                return;
            }
        }
        pos++;
    }

    private void inlineTable(List<Object> path) {
        while (pos < text.length()) {
            skipBlanks();
            if (pos >= text.length() || text.charAt(pos) == '}' || text.charAt(pos) == '\n') {
                break;
            }
            List<Object> keys = key();
            skipBlanks();
            if (keys.isEmpty() || pos >= text.length() || text.charAt(pos) != '=') {
                return;
            }
            pos++;
            List<Object> child = new ArrayList<>(path);
            for (Object key : keys) {
                child.add(key);
                record(List.copyOf(child));
            }
            value(List.copyOf(child));
            skipBlanks();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            }
        }
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
        }
    }

    /** A dotted key such as {@code a."b.c".d}; stops at {@code =}, {@code ]} or the line's end. */
    private List<Object> key() {
        List<Object> keys = new ArrayList<>();
        while (pos < text.length()) {
            skipBlanks();
            if (pos >= text.length()) {
                break;
            }
            char c = text.charAt(pos);
            if (c == '"' || c == '\'') {
                int start = pos;
                string(c);
                keys.add(unquote(text.substring(start, pos)));
            } else {
                int start = pos;
                while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
                    pos++;
                }
                if (pos == start) {
                    break;
                }
                keys.add(text.substring(start, pos));
            }
            skipBlanks();
            if (pos >= text.length() || text.charAt(pos) != '.') {
                break;
            }
            pos++;
        }
        return keys;
    }

    /** Skips a string starting at {@code pos}, counting the lines of a multi-line one. */
    private void string(char quote) {
        String triple = String.valueOf(quote).repeat(3);
        boolean multiLine = text.startsWith(triple, pos);
        pos += multiLine ? 3 : 1;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (multiLine && text.startsWith(triple, pos)) {
                pos += 3;
                while (pos < text.length() && text.charAt(pos) == quote) {
                    pos++; // up to two quotes may close a multi-line string's content
                }
                return;
            }
            if (!multiLine && (c == quote || c == '\n')) {
                pos += c == quote ? 1 : 0;
                return;
            }
            if (c == '\\' && quote == '"') {
                pos++;
            }
            if (pos < text.length() && text.charAt(pos) == '\n') {
                line++;
            }
            pos++;
        }
        pos = Math.min(pos, text.length()); // an escape as the very last character
    }

    private static String unquote(String quoted) {
        String inner = quoted.length() >= 2 ? quoted.substring(1, quoted.length() - 1) : "";
        return quoted.startsWith("\"") ? Json.unescape(inner) : inner;
    }

    private static boolean isBareKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    private void skipBlanks() {
        while (pos < text.length()
                && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t' || text.charAt(pos) == '\r')) {
            pos++;
        }
    }

    /** Skips blanks and comments; with {@code newlines}, also line ends (inside arrays). */
    private void skipBlanksAndComments(boolean newlines) {
        while (pos < text.length()) {
            skipBlanks();
            if (pos < text.length() && text.charAt(pos) == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (newlines && pos < text.length() && text.charAt(pos) == '\n') {
                newline();
            } else {
                return;
            }
        }
    }

    private void skipToNextLine() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
        if (pos < text.length()) {
            newline();
        }
    }

    private void newline() {
        pos++;
        line++;
    }

    private void record(List<Object> path) {
        lines.putIfAbsent(List.copyOf(path), line);
    }
}
