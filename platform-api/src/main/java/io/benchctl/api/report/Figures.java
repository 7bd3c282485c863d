package io.benchctl.api.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The arithmetic behind {@link Formats}: the unit families a figure may be rescaled within,
 * rounding to significant digits and digit grouping. Package-private: reporters call
 * {@link Formats}.
 */
final class Figures {

    private static final MathContext SIGNIFICANT = new MathContext(Formats.SIGNIFICANT_DIGITS, RoundingMode.HALF_UP);

    /** A unit family: prefixes in increasing order with their factors relative to the base. */
    private record Family(String base, List<String> prefixes, List<Double> factors) {}

    private static final Family DECIMAL_BYTES =
            new Family("B", List.of("", "k", "M", "G", "T", "P"), List.of(1.0, 1e3, 1e6, 1e9, 1e12, 1e15));
    private static final Family IEC_BYTES = new Family(
            "B", List.of("", "Ki", "Mi", "Gi", "Ti", "Pi"), List.of(1.0, 0x1p10, 0x1p20, 0x1p30, 0x1p40, 0x1p50));
    private static final Family BITS =
            new Family("bit", List.of("", "k", "M", "G", "T"), List.of(1.0, 1e3, 1e6, 1e9, 1e12));
    private static final Family TIME = new Family("s", List.of("n", "µ", "m", ""), List.of(1e-9, 1e-6, 1e-3, 1.0));

    private static final List<Family> FAMILIES = List.of(DECIMAL_BYTES, IEC_BYTES, BITS, TIME);

    private Figures() {}

    /**
     * A unit of a known family: {@code MB/s} is decimal bytes, prefix M, per {@code /s}. Time
     * units are known only on their own ({@code ns/op} is not rescaled).
     */
    record KnownUnit(Family family, int prefix, String perWhat) {

        static KnownUnit parse(String unit) {
            int slash = unit.indexOf('/');
            String head = slash < 0 ? unit : unit.substring(0, slash);
            String perWhat = slash < 0 ? "" : unit.substring(slash);
            for (Family family : FAMILIES) {
                for (int i = 0; i < family.prefixes().size() && !(family == TIME && slash >= 0); i++) {
                    String prefix = family.prefixes().get(i);
                    if (head.equals(prefix + family.base())
                            || (prefix.equals("k") && head.equals("K" + family.base()))
                            || (prefix.equals("µ") && head.equals("u" + family.base()))) {
                        return new KnownUnit(family, i, perWhat);
                    }
                }
            }
            return null;
        }
    }

    /** The factor that turns a value in {@code known} into its family's base unit. */
    static double toBase(KnownUnit known) {
        Family family = known.family();
        return family.factors().get(known.prefix())
                / family.factors().get(family.prefixes().indexOf(""));
    }

    /** The base unit of {@code known}'s family, with its {@code /s} tail: {@code B/s}, {@code s}. */
    static String baseUnit(KnownUnit known) {
        return known.family().base() + known.perWhat();
    }

    static Formats.Quantity scaled(double value, KnownUnit known) {
        Family family = known.family();
        int index = known.prefix();
        String tail = known.perWhat();
        double baseValue = value * family.factors().get(index);
        int target = 0;
        while (target + 1 < family.factors().size()
                && Math.abs(baseValue) >= family.factors().get(target + 1)) {
            target++;
        }
        double factor = family.factors().get(target) / family.factors().get(index);
        BigDecimal rounded = round(value / factor);
        // 999.96 MB rounds to 1000: show it as 1.000 GB instead (the step is 1024 for IEC units).
        if (target + 1 < family.factors().size()
                && rounded.abs().doubleValue()
                        >= family.factors().get(target + 1) / family.factors().get(target)) {
            target++;
            factor = family.factors().get(target) / family.factors().get(index);
            rounded = round(value / factor);
        }
        String unit = family.prefixes().get(target) + family.base() + tail;
        return new Formats.Quantity(group(rounded), unit, factor, Math.max(0, rounded.scale()));
    }

    static BigDecimal round(double value) {
        if (value == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal rounded = exact.round(SIGNIFICANT);
        int integerDigits = rounded.precision() - rounded.scale();
        if (integerDigits > Formats.SIGNIFICANT_DIGITS) {
            return exact.setScale(0, RoundingMode.HALF_UP);
        }
        // Pad to four significant digits: 1.5 prints as 1.500.
        return rounded.setScale(Formats.SIGNIFICANT_DIGITS - integerDigits, RoundingMode.HALF_UP);
    }

    static String group(BigDecimal number) {
        String plain = number.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String integer = point < 0 ? digits : digits.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(integer.charAt(i));
        }
        return (negative ? "-" : "") + grouped + (point < 0 ? "" : digits.substring(point));
    }
}
