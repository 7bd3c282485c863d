package io.benchctl.runtime.config;

import io.benchctl.runtime.config.SchemaValidator.Violation;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Turns a schema violation into words for the user: expected, found, and the nearest name. */
final class ViolationText {

    private ViolationText() {}

    /**
     * @param table how the validated table is named to the user, e.g. {@code [modules.cpu]}
     */
    static Problem describe(Violation v, String table) {
        JsonNode rule = v.keywordValue();
        String found = Json.describe(v.instance());
        return switch (v.keyword()) {
            case "additionalProperties" ->
                new Problem(
                        KeyPath.append(v.path(), v.property()),
                        v.knownProperties().isEmpty()
                                ? "no other key in " + table
                                : "one of the keys of " + table + ": " + String.join(", ", v.knownProperties()),
                        "unknown key " + Json.quote(v.property()),
                        NearestName.of(v.property(), v.knownProperties()));
            case "required" ->
                new Problem(
                        KeyPath.append(v.path(), v.property()),
                        "the required key " + Json.quote(v.property()),
                        "nothing",
                        null);
            case "type" -> new Problem(v.path(), typeWords(rule), found, null);
            case "enum" -> new Problem(v.path(), "one of " + join(rule), found, nearestValue(v));
            case "const" -> new Problem(v.path(), rule.toString(), found, null);
            case "pattern" -> patternProblem(v);
            case "minimum" -> new Problem(v.path(), "a number of at least " + rule, found, null);
            case "maximum" -> new Problem(v.path(), "a number of at most " + rule, found, null);
            case "exclusiveMinimum" -> new Problem(v.path(), "a number greater than " + rule, found, null);
            case "exclusiveMaximum" -> new Problem(v.path(), "a number less than " + rule, found, null);
            case "minLength" -> new Problem(v.path(), "a string of at least " + rule + " characters", found, null);
            case "maxLength" -> new Problem(v.path(), "a string of at most " + rule + " characters", found, null);
            case "minItems" -> new Problem(v.path(), "an array of at least " + rule + " elements", found, null);
            case "maxItems" -> new Problem(v.path(), "an array of at most " + rule + " elements", found, null);
            case "uniqueItems" -> new Problem(v.path(), "an array without repeated elements", found, null);
            default -> new Problem(v.path(), "a value that " + v.message(), found, null);
        };
    }

    private static Problem patternProblem(Violation v) {
        String pattern = v.keywordValue().stringValue();
        String text = v.instance().isString() ? v.instance().stringValue() : "";
        String found = Json.describe(v.instance());
        String expected;
        if (pattern.equals(Units.DURATION_OR_AUTO_PATTERN)) {
            expected = Units.DURATION_FORMS + ", or \"auto\"";
            found += qualifier(text, Units.DURATION_PATTERN, false, "durations");
        } else if (pattern.equals(Units.PERCENT_OR_OFF_PATTERN)) {
            expected = Units.PERCENT_OR_OFF_FORMS;
        } else if (pattern.equals(Units.DURATION_PATTERN) || pattern.equals(Units.POSITIVE_DURATION_PATTERN)) {
            expected = Units.DURATION_FORMS;
            found += qualifier(
                    text, Units.DURATION_PATTERN, pattern.equals(Units.POSITIVE_DURATION_PATTERN), "durations");
        } else if (pattern.equals(Units.SIZE_PATTERN) || pattern.equals(Units.POSITIVE_SIZE_PATTERN)) {
            expected = Units.SIZE_FORMS;
            found += qualifier(text, Units.SIZE_PATTERN, pattern.equals(Units.POSITIVE_SIZE_PATTERN), "sizes");
        } else {
            expected = "a string matching " + pattern;
        }
        boolean positive =
                pattern.equals(Units.POSITIVE_DURATION_PATTERN) || pattern.equals(Units.POSITIVE_SIZE_PATTERN);
        return new Problem(v.path(), positive ? expected + ", greater than zero" : expected, found, null);
    }

    /** Says why a well-formed-looking value was refused: a sign, or zero where zero is not allowed. */
    private static String qualifier(String text, String zeroAllowed, boolean positiveRequired, String what) {
        if (text.startsWith("-") && text.substring(1).matches(zeroAllowed)) {
            return " (negative " + what + " are not allowed)";
        }
        if (positiveRequired && text.matches(zeroAllowed)) {
            return " (zero is not allowed here)";
        }
        return "";
    }

    private static String typeWords(JsonNode rule) {
        List<String> types = new ArrayList<>();
        if (rule.isArray()) {
            rule.forEach(type -> types.add(typeWord(type.stringValue())));
        } else {
            types.add(typeWord(rule.stringValue()));
        }
        return String.join(" or ", types);
    }

    private static String typeWord(String jsonType) {
        return switch (jsonType) {
            case "object" -> "a table";
            case "array" -> "an array";
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "boolean" -> "a boolean (true or false)";
            case "string" -> "a string";
            default -> jsonType;
        };
    }

    private static String join(JsonNode values) {
        List<String> shown = new ArrayList<>();
        values.forEach(value -> shown.add(value.toString()));
        return String.join(", ", shown);
    }

    private static String nearestValue(Violation v) {
        if (!v.instance().isString()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        v.keywordValue().forEach(value -> {
            if (value.isString()) {
                names.add(value.stringValue());
            }
        });
        return NearestName.of(v.instance().stringValue(), names);
    }
}
