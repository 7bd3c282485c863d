package io.benchctl.plugins.exporters;

import java.math.BigDecimal;

/** The two JSON atoms the exporters need; their documents are small and flat. */
final class Json {

    private Json() {}

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** A number exactly as the model holds it, never in exponent form; null when not finite. */
    static String number(double value) {
        return Double.isFinite(value) ? plain(value) : "null";
    }

    /** The shortest decimal that reads back as the same double, without exponent. */
    static String plain(double value) {
        String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
