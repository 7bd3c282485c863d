package io.benchctl.plugins.network;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bit rates as a profile writes them: {@code "1Gbit"}, {@code "250Mbit"}, {@code "64kbit"},
 * {@code "1.5Gbit/s"}, or a plain number of bit/s. Decimal prefixes (1 Gbit = 10^9 bit), as
 * iperf3's {@code -b} reads them.
 */
final class UdpRates {
    private static final Pattern RATE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?) ?(bit|kbit|Mbit|Gbit)?(?:/s)?");

    private UdpRates() {}

    /** Bits per second; an IllegalArgumentException names the setting and what it expected. */
    static long parse(String text) {
        Matcher matcher = RATE.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("modules.network.udp_rates: '" + text
                    + "' is not a bit rate (expected e.g. \"1Gbit\", \"250Mbit\", \"64kbit\")");
        }
        long multiplier = switch (matcher.group(2) == null ? "bit" : matcher.group(2)) {
            case "kbit" -> 1_000L;
            case "Mbit" -> 1_000_000L;
            case "Gbit" -> 1_000_000_000L;
            default -> 1L;
        };
        BigDecimal bits = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(multiplier));
        if (bits.compareTo(BigDecimal.ONE) < 0 || bits.compareTo(BigDecimal.valueOf(100_000_000_000L)) > 0) {
            throw new IllegalArgumentException("modules.network.udp_rates: '" + text + "' is outside 1 bit/s..100Gbit");
        }
        return bits.longValue();
    }

    /** The shortest exact name of a rate, for workload names: 1Gbit, 250Mbit, 1500Mbit, 64kbit. */
    static String format(long bitsPerSecond) {
        String[] units = {"Gbit", "Mbit", "kbit"};
        long[] scales = {1_000_000_000L, 1_000_000L, 1_000L};
        for (int i = 0; i < units.length; i++) {
            if (bitsPerSecond % scales[i] == 0) {
                return String.format(Locale.ROOT, "%d%s", bitsPerSecond / scales[i], units[i]);
            }
        }
        return bitsPerSecond + "bit";
    }
}
