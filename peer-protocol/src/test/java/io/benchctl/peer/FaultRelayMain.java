package io.benchctl.peer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;

/**
 * The fault proxy as a standalone process, for comparisons with other tools (bench/network-udp.sh):
 * relays TCP (untouched) and UDP (with seeded drop and reordering) from one port number on
 * 127.0.0.1 to another, so a tool whose control runs over TCP and data over UDP on the same port
 * number (iperf3, benchctl peer) crosses it whole. Test code: it is not in the distribution.
 *
 * <pre>java -cp ... io.benchctl.peer.FaultRelayMain LISTEN_PORT TARGET_PORT DROP_RATE SEED [REORDER_RATE]</pre>
 *
 * <p>Runs until SIGTERM or SIGINT, then prints {@code forwarded N dropped N reordered N} on stderr.
 */
public final class FaultRelayMain {
    private FaultRelayMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 4 || args.length > 5) {
            System.err.println("usage: FaultRelayMain LISTEN_PORT TARGET_PORT DROP_RATE SEED [REORDER_RATE]");
            System.exit(2);
        }
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        InetSocketAddress listen = new InetSocketAddress(loopback, Integer.parseInt(args[0]));
        InetSocketAddress target = new InetSocketAddress(loopback, Integer.parseInt(args[1]));
        UdpFaultRelay.Faults faults = new UdpFaultRelay.Faults(
                Double.parseDouble(args[2]),
                args.length == 5 ? Double.parseDouble(args[4]) : 0,
                Long.parseLong(args[3]),
                64);
        FaultProxy tcp = FaultProxy.start(listen, target, FaultProxy.Fault.NONE);
        UdpFaultRelay udp = UdpFaultRelay.start(listen, target, faults);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.printf(
                    "forwarded %d dropped %d reordered %d%n", udp.forwarded(), udp.dropped(), udp.reordered());
            stopped.countDown();
        }));
        System.err.println("relaying 127.0.0.1:" + listen.getPort() + " -> " + target.getPort() + " (tcp clean, udp "
                + faults + ")");
        stopped.await();
        tcp.close();
        udp.close();
    }
}
