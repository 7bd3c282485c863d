package io.benchctl.plugins.tui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small xterm emulator for tests: enough of VT100/xterm (cursor moves, save/restore, scroll
 * region, erase, insert/delete characters, deferred auto-wrap, SGR ignored) to replay what
 * JLine draws and read back the screen and the scrollback as text.
 */
final class VirtualScreen {

    private int rows;
    private int columns;
    private char[][] cells;
    private final List<String> scrollback = new ArrayList<>();
    private int row;
    private int column;
    private boolean wrapPending;
    private int top;
    private int bottom;
    private int savedRow;
    private int savedColumn;

    VirtualScreen(int columns, int rows) {
        resize(columns, rows);
        this.row = 0;
    }

    void resize(int newColumns, int newRows) {
        char[][] resized = new char[newRows][newColumns];
        for (char[] line : resized) {
            Arrays.fill(line, ' ');
        }
        for (int r = 0; cells != null && r < Math.min(rows, newRows); r++) {
            System.arraycopy(cells[r], 0, resized[r], 0, Math.min(columns, newColumns));
        }
        cells = resized;
        rows = newRows;
        columns = newColumns;
        top = 0;
        bottom = rows - 1;
        row = Math.min(row, rows - 1);
        column = Math.min(column, columns - 1);
    }

    void feed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x1b && i + 1 < text.length()) {
                i = escape(text, i + 1);
            } else if (c == '\r') {
                column = 0;
                wrapPending = false;
            } else if (c == '\n') {
                lineFeed();
            } else if (c == '\b') {
                column = Math.max(0, column - 1);
                wrapPending = false;
            } else if (c >= ' ') {
                print(c);
            }
        }
    }

    private int escape(String text, int i) {
        char c = text.charAt(i);
        if (c == '7') {
            savedRow = row;
            savedColumn = column;
            return i;
        }
        if (c == '8') {
            row = savedRow;
            column = savedColumn;
            wrapPending = false;
            return i;
        }
        if (c != '[') {
            return i;
        }
        int end = i + 1;
        while (end < text.length() && !Character.isLetter(text.charAt(end)) && text.charAt(end) != '@') {
            end++;
        }
        String parameters = text.substring(i + 1, end);
        csi(text.charAt(end), parameters.replace("?", "").isEmpty() ? new int[0] : parse(parameters));
        return end;
    }

    private void csi(char command, int[] p) {
        int n = p.length > 0 && p[0] > 0 ? p[0] : 1;
        // Colours keep a pending wrap (JLine relies on it to chain full-width lines); moves end it.
        wrapPending &= command == 'm';
        switch (command) {
            case 'A' -> row = Math.max(row <= bottom && row >= top ? top : 0, row - n);
            case 'B' -> row = Math.min(row >= top && row <= bottom ? bottom : rows - 1, row + n);
            case 'C' -> column = Math.min(columns - 1, column + n);
            case 'D' -> column = Math.max(0, column - n);
            case 'H' -> {
                row = clamp((p.length > 0 ? p[0] : 1) - 1, rows);
                column = clamp((p.length > 1 ? p[1] : 1) - 1, columns);
            }
            case 'r' -> {
                top = p.length > 0 ? p[0] - 1 : 0;
                bottom = p.length > 1 ? p[1] - 1 : rows - 1;
                row = 0;
                column = 0;
            }
            case 'K' -> Arrays.fill(cells[row], column, columns, ' ');
            case 'J' -> {
                Arrays.fill(cells[row], column, columns, ' ');
                for (int r = row + 1; r < rows; r++) {
                    Arrays.fill(cells[r], ' ');
                }
            }
            case '@' -> {
                System.arraycopy(
                        cells[row],
                        column,
                        cells[row],
                        Math.min(columns, column + n),
                        Math.max(0, columns - column - n));
                Arrays.fill(cells[row], column, Math.min(columns, column + n), ' ');
            }
            case 'P' -> {
                System.arraycopy(
                        cells[row],
                        Math.min(columns, column + n),
                        cells[row],
                        column,
                        Math.max(0, columns - column - n));
                Arrays.fill(cells[row], Math.max(column, columns - n), columns, ' ');
            }
            default -> {} // SGR ('m') and modes change no text
        }
    }

    private void print(char c) {
        if (wrapPending) {
            column = 0;
            lineFeed();
        }
        cells[row][column] = c;
        if (column == columns - 1) {
            wrapPending = true;
        } else {
            column++;
        }
    }

    private void lineFeed() {
        wrapPending = false;
        if (row == bottom) {
            if (top == 0) {
                scrollback.add(line(0));
            }
            for (int r = top; r < bottom; r++) {
                cells[r] = cells[r + 1];
            }
            cells[bottom] = new char[columns];
            Arrays.fill(cells[bottom], ' ');
        } else if (row < rows - 1) {
            row++;
        }
    }

    /** The scrollback then the screen, one string per row, right-trimmed. */
    List<String> allLines() {
        List<String> lines = new ArrayList<>(scrollback);
        for (int r = 0; r < rows; r++) {
            lines.add(line(r));
        }
        return lines;
    }

    /** The screen only. */
    List<String> screen() {
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            lines.add(line(r));
        }
        return lines;
    }

    int scrollRegionBottom() {
        return bottom;
    }

    private String line(int r) {
        return new String(cells[r]).stripTrailing();
    }

    private static int[] parse(String parameters) {
        return Arrays.stream(parameters.replace("?", "").split(";"))
                .mapToInt(s -> s.isEmpty() ? 0 : Integer.parseInt(s))
                .toArray();
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }
}
