package io.benchctl.plugins.html;

import java.util.Locale;

/** Escaping and coordinates for markup that is well-formed XML as well as HTML. */
final class Xml {

    private Xml() {}

    static String text(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** An SVG coordinate: one decimal is sub-pixel enough. */
    static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
