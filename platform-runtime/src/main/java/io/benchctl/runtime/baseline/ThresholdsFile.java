package io.benchctl.runtime.baseline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * Reads the {@code [compare]} table of a profile or of a thresholds file (the same shape):
 * <pre>
 * [compare]
 * threshold = "5%"
 * psi_limit = 0.25
 * [compare.thresholds]
 * "disk/*" = "15%"
 * "*:p99*" = "20%"
 * </pre>
 * Other tables of a profile are left to the profile loader.
 */
final class ThresholdsFile {

    /** What a file sets; null where it sets nothing. */
    record Settings(Double globalPercent, Double psiLimit, List<Thresholds.Override> overrides) {
        static final Settings NONE = new Settings(null, null, List.of());
    }

    private static final Set<String> KEYS = Set.of("threshold", "psi_limit", "thresholds");
    private static final TomlMapper TOML = TomlMapper.builder().build();

    private ThresholdsFile() {}

    /**
     * @param required whether a file without a {@code [compare]} table is an error (a thresholds
     *     file) or simply sets nothing (a profile)
     */
    static Settings read(Path file, boolean required) throws BadInputException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        JsonNode root;
        try {
            root = TOML.readTree(file.toFile());
        } catch (JacksonException e) {
            var location = e.getLocation();
            String line = location == null || location.getLineNr() < 1 ? "" : ":" + location.getLineNr();
            throw new BadInputException(file + line + ": not valid TOML: " + e.getOriginalMessage(), e);
        }
        JsonNode compare = root.get("compare");
        if (compare == null && required) {
            throw new BadInputException(
                    file + ": no [compare] table (expected threshold, psi_limit or [compare.thresholds])");
        }
        return fromTable(compare, file.toString());
    }

    /**
     * Reads a {@code [compare]} table already parsed, e.g. the one a result's effective profile
     * carries; null sets nothing.
     *
     * @param source the file to name in messages
     */
    static Settings fromTable(JsonNode compare, String source) throws BadInputException {
        if (compare == null) {
            return Settings.NONE;
        }
        if (!compare.isObject()) {
            throw new BadInputException(source + ": compare: expected a table");
        }
        for (String key : compare.propertyNames()) {
            if (!KEYS.contains(key)) {
                throw new BadInputException(source + ": compare." + key + ": unknown key (expected one of "
                        + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        Double global =
                compare.has("threshold") ? percent(source, "compare.threshold", compare.get("threshold")) : null;
        Double psiLimit = null;
        if (compare.has("psi_limit")) {
            JsonNode limit = compare.get("psi_limit");
            if (!limit.isNumber() || !(limit.asDouble() > 0)) {
                throw new BadInputException(source + ": compare.psi_limit: expected a number above 0, found " + limit);
            }
            psiLimit = limit.asDouble();
        }
        return new Settings(global, psiLimit, overrides(source, compare.get("thresholds")));
    }

    private static List<Thresholds.Override> overrides(String source, JsonNode table) throws BadInputException {
        List<Thresholds.Override> overrides = new ArrayList<>();
        if (table == null) {
            return overrides;
        }
        if (!table.isObject()) {
            throw new BadInputException(source + ": compare.thresholds: expected a table of \"pattern\" = \"5%\"");
        }
        for (Map.Entry<String, JsonNode> entry : table.properties()) {
            String path = "compare.thresholds.\"" + entry.getKey() + "\"";
            overrides.add(new Thresholds.Override(entry.getKey(), percent(source, path, entry.getValue())));
        }
        return overrides;
    }

    private static double percent(String source, String path, JsonNode value) throws BadInputException {
        if (!value.isNumber() && !value.isString()) {
            throw new BadInputException(source + ": " + path + ": expected a percentage like \"5%\", found " + value);
        }
        try {
            return Thresholds.parsePercent(value.asString());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source + ": " + path + ": " + e.getMessage());
        }
    }
}
