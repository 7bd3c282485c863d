package io.benchctl.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The receiver's arithmetic, on sequences whose iperf3 figures are worked out by hand. */
class UdpReceiveStatsTest {

    @Test
    void jitterIsRfc3550sEstimatorOverTransitDifferences() {
        UdpReceiveStats stats = new UdpReceiveStats();
        // sent every 1000 ns; transits 100, 300, 200, 200 ns: |D| = 0 (first), 200, 100, 0
        long[] transit = {100, 300, 200, 200};
        for (int i = 0; i < transit.length; i++) {
            stats.record(i + 1, i * 1000L, i * 1000L + transit[i], 100);
        }
        double jitter = 0;
        for (double d : new double[] {0, 200, 100, 0}) {
            jitter += (d - jitter) / 16.0;
        }
        UdpResult result = stats.result(4, 400, 4000);
        assertEquals(jitter, result.jitterNanos(), 1e-9);
        // 200/16 = 12.5; 12.5 + (100 - 12.5)/16 = 17.96875; 17.96875 - 17.96875/16
        assertEquals(16.845703125, result.jitterNanos(), 1e-9);
        assertEquals(0, result.lostDatagrams());
    }

    @Test
    void gapsAreLostAndALateArrivalTakesOneBack() {
        UdpReceiveStats stats = new UdpReceiveStats();
        for (long sequence : new long[] {1, 2, 5, 3, 6, 9}) {
            stats.record(sequence, 0, 10, 50);
        }
        // 5 after 2: 3 and 4 lost; 3 arrives late: out of order, one lost less; 9 after 6: 7, 8 lost
        UdpResult result = stats.result(10, 500, 1000);
        assertEquals(6, result.datagramsReceived());
        assertEquals(1, result.outOfOrderDatagrams());
        assertEquals(3, result.lostDatagrams());
        // iperf3 counts against what was sent; datagram 10, lost after the last arrival, is not a gap
        assertEquals(30.0, result.lossPercent(), 1e-9);
        assertEquals(300, result.bytesReceived());
    }
}
