package io.benchctl.plugins.markdown;

import java.util.ArrayList;
import java.util.List;

/** A GFM table; cells are escaped so a pipe or newline in a message cannot break the layout. */
final class Table {

    private final List<String> header;
    private final List<Boolean> rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** Column names; a name ending in {@code ":"} is a right-aligned (numeric) column. */
    Table(String... columns) {
        header = new ArrayList<>();
        rightAligned = new ArrayList<>();
        for (String column : columns) {
            boolean right = column.endsWith(":");
            header.add(right ? column.substring(0, column.length() - 1) : column);
            rightAligned.add(right);
        }
    }

    Table row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void appendTo(StringBuilder out) {
        line(out, header);
        out.append('|');
        for (boolean right : rightAligned) {
            out.append(right ? " --: |" : " --- |");
        }
        out.append('\n');
        rows.forEach(row -> line(out, row));
        out.append('\n');
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(escape(cell)).append(" |");
        }
        out.append('\n');
    }

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("\\", "\\\\")
                        .replace("|", "\\|")
                        .replace("\r", "")
                        .replace("\n", " ");
    }
}
