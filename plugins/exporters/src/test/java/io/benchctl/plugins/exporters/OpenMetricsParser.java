package io.benchctl.plugins.exporters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the OpenMetrics text format subset the exporter may write, following the
 * ABNF of the OpenMetrics specification: metadata lines, samples with label sets, families
 * contiguous and declared before their samples, unit as name suffix, {@code # EOF} last.
 */
final class OpenMetricsParser {

    record Sample(String name, Map<String, String> labels, double value) {}

    record Family(String name, String type, String unit, List<Sample> samples) {}

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final Pattern META = Pattern.compile("# (TYPE|UNIT|HELP) (" + NAME + ") ?(.*)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(\\{(.*)\\})? (\\S+)");
    private static final Pattern LABEL =
            Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");
    private static final Set<String> TYPES =
            Set.of("gauge", "counter", "summary", "histogram", "unknown", "info", "stateset", "gaugehistogram");

    private OpenMetricsParser() {}

    static Map<String, Family> parse(String text) {
        if (!text.endsWith("# EOF\n")) {
            throw new IllegalArgumentException("must end with '# EOF' and a newline");
        }
        Map<String, Family> families = new LinkedHashMap<>();
        Set<String> closed = new HashSet<>();
        Family current = null;
        String[] lines = text.substring(0, text.length() - "# EOF\n".length()).split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            Matcher meta = META.matcher(line);
            if (meta.matches()) {
                String name = meta.group(2);
                if (current == null || !current.name().equals(name)) {
                    if (current != null) {
                        closed.add(current.name());
                    }
                    require(!closed.contains(name) && !families.containsKey(name), line, "family is not contiguous");
                    current = new Family(name, "unknown", "", new ArrayList<>());
                    families.put(name, current);
                }
                if (meta.group(1).equals("TYPE")) {
                    require(TYPES.contains(meta.group(3)), line, "unknown type");
                    current = new Family(name, meta.group(3), current.unit(), current.samples());
                    families.put(name, current);
                } else if (meta.group(1).equals("UNIT")) {
                    require(name.endsWith("_" + meta.group(3)), line, "a family with a unit must end with it");
                    current = new Family(name, current.type(), meta.group(3), current.samples());
                    families.put(name, current);
                }
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            require(sample.matches(), line, "neither metadata nor a sample");
            require(current != null && belongs(sample.group(1), current), line, "sample outside its family");
            current.samples()
                    .add(new Sample(sample.group(1), labels(sample.group(3), line), value(sample.group(4), line)));
        }
        return families;
    }

    private static boolean belongs(String sampleName, Family family) {
        return switch (family.type()) {
            case "summary" ->
                sampleName.equals(family.name())
                        || sampleName.equals(family.name() + "_count")
                        || sampleName.equals(family.name() + "_sum");
            default -> sampleName.equals(family.name());
        };
    }

    private static Map<String, String> labels(String text, String line) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return labels;
        }
        Matcher label = LABEL.matcher(text);
        int end = 0;
        while (label.find() && label.start() == end) {
            require(labels.put(label.group(1), label.group(2)) == null, line, "duplicate label");
            end = label.end();
        }
        require(end == text.length(), line, "bad label set");
        return labels;
    }

    private static double value(String text, String line) {
        try {
            return switch (text) {
                case "+Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                case "NaN" -> Double.NaN;
                default -> {
                    require(text.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?"), line, "bad number");
                    yield Double.parseDouble(text);
                }
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(line + ": bad number");
        }
    }

    private static void require(boolean condition, String line, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem + ": " + line);
        }
    }
}
