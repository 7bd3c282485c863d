package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.benchctl.api.result.RunResult;
import io.benchctl.runtime.result.ResultCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Where {@code baseline compare} takes its thresholds from, each layer over the one before:
 * the defaults, the {@code [compare]} table the run's own profile carried, the one of
 * {@code profile}, the one of {@code thresholdsFile}, then the values given on the command line.
 * Per-metric patterns are tried in the reverse order.
 *
 * @param profile a profile whose {@code [compare]} table applies, or null
 * @param thresholdsFile a TOML file with a {@code [compare]} table, or null
 * @param threshold the global threshold as written, e.g. {@code 5%}, or null
 * @param psiLimit histogram PSI above which a shift is named, or null
 * @param alpha significance level of the rank test, or null
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ThresholdSources(Path profile, Path thresholdsFile, String threshold, Double psiLimit, Double alpha) {

    /**
     * The thresholds for comparing {@code current} (read from {@code resultName}).
     *
     * @throws BadInputException naming the file or option with a bad value
     */
    public Thresholds resolve(RunResult current, String resultName) throws BadInputException {
        Object carried = current.profile() == null ? null : current.profile().get("compare");
        ThresholdsFile.Settings fromRun = ThresholdsFile.fromTable(
                carried == null ? null : ResultCodec.mapper().valueToTree(carried), resultName + ": profile");
        ThresholdsFile.Settings fromProfile =
                profile == null ? ThresholdsFile.Settings.NONE : ThresholdsFile.read(profile, false);
        ThresholdsFile.Settings fromFile =
                thresholdsFile == null ? ThresholdsFile.Settings.NONE : ThresholdsFile.read(thresholdsFile, true);
        double global = Thresholds.DEFAULTS.globalPercent();
        double limit = Thresholds.DEFAULTS.psiLimit();
        for (ThresholdsFile.Settings settings : List.of(fromRun, fromProfile, fromFile)) {
            global = settings.globalPercent() == null ? global : settings.globalPercent();
            limit = settings.psiLimit() == null ? limit : settings.psiLimit();
        }
        if (threshold != null) {
            try {
                global = Thresholds.parsePercent(threshold);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--threshold: " + e.getMessage());
            }
        }
        if (psiLimit != null) {
            if (!(psiLimit > 0)) {
                throw new BadInputException("--psi-limit: expected a number above 0, found " + psiLimit);
            }
            limit = psiLimit;
        }
        double significance = alpha == null ? Thresholds.DEFAULTS.alpha() : alpha;
        if (!(significance > 0 && significance < 1)) {
            throw new BadInputException("--alpha: expected a number between 0 and 1, found " + alpha);
        }
        List<Thresholds.Override> overrides = new ArrayList<>(fromFile.overrides());
        overrides.addAll(fromProfile.overrides());
        overrides.addAll(fromRun.overrides());
        return new Thresholds(global, limit, significance, overrides);
    }
}
