package io.benchctl.runtime.baseline;

import io.benchctl.runtime.result.ResultCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;

/**
 * SHA-256 of the canonical JSON (keys sorted, no whitespace) of a result's effective profile.
 * {@code run.output}, {@code run.reporters}, {@code run.seed}, the {@code [compare]} table and the
 * {@code [conditions]} thresholds are left out: where results are written, how they are shown and
 * judged, and which shuffle a random order drew cannot change what is measured, and CI jobs often
 * vary them.
 */
public final class ProfileHash {

    private ProfileHash() {}

    /** Null for a result without a profile. */
    public static String of(Map<String, Object> profile) {
        if (profile == null) {
            return null;
        }
        Map<String, Object> measured = new LinkedHashMap<>(profile);
        measured.remove("compare");
        measured.remove("conditions");
        if (measured.get("run") instanceof Map<?, ?> run) {
            Map<Object, Object> runWithoutOutput = new LinkedHashMap<>(run);
            runWithoutOutput.remove("output");
            runWithoutOutput.remove("reporters");
            runWithoutOutput.remove("seed");
            measured.put("run", runWithoutOutput);
        }
        byte[] canonical = ResultCodec.mapper()
                .writer()
                .without(SerializationFeature.INDENT_OUTPUT)
                .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(measured)
                .getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
