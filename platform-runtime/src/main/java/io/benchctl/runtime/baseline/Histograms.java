package io.benchctl.runtime.baseline;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.apiguardian.api.API;

/**
 * Reads, merges and writes the base64 compressed HdrHistograms of result files (baselines and
 * fleet reports read them through here).
 */
@API(status = INTERNAL, since = "0.1")
public final class Histograms {

    /** Three significant digits, as the runtime records latencies; merged ones auto-resize. */
    private static final int SIGNIFICANT_DIGITS = 3;

    private Histograms() {}

    /** @throws IllegalArgumentException when the text is not a compressed histogram */
    public static Histogram decode(String base64) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(
                    ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
        } catch (DataFormatException | RuntimeException e) {
            throw new IllegalArgumentException("not a compressed HdrHistogram: " + e.getMessage(), e);
        }
    }

    /** @throws BadInputException naming the file and metric when the histogram is unreadable */
    static void check(String base64, String source, String metricKey) throws BadInputException {
        if (base64 == null) {
            return;
        }
        try {
            decode(base64);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(source + ": metric " + metricKey + ": " + e.getMessage(), e);
        }
    }

    public static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        byte[] bytes = new byte[length];
        buffer.flip();
        buffer.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Null when there is nothing to merge. */
    static String merge(List<String> encoded) {
        if (encoded.isEmpty()) {
            return null;
        }
        Histogram merged = new Histogram(SIGNIFICANT_DIGITS);
        for (String one : encoded) {
            merged.add(decode(one));
        }
        return encode(merged);
    }
}
