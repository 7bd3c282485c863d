package io.benchctl.peer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A userspace UDP relay that loses datagrams on purpose, because the test kernel has no netem:
 * datagrams from any client to its port go to the target from one upstream socket per client, and
 * the target's answers go back to that client, like a NAT. Each direction of each flow drops a
 * datagram with probability {@code dropRate}, and may swap it with the next one
 * ({@code reorderRate}), decided by a {@link Random} seeded from {@code seed}, so a run loses the
 * same datagrams every time. Datagrams shorter than {@code dropMinBytes} always pass: both
 * benchctl's and iperf3's set-up datagrams are short, and losing them tests retries, not loss.
 */
public final class UdpFaultRelay implements AutoCloseable {
    /** Flows beyond this many are ignored: a relay for tests, not a NAT. */
    private static final int MAX_FLOWS = 64;

    /** What the relay does to the datagrams of a flow. */
    public record Faults(double dropRate, double reorderRate, long seed, int dropMinBytes) {
        public Faults {
            if (!(dropRate >= 0 && dropRate < 1) || !(reorderRate >= 0 && reorderRate < 1)) {
                throw new IllegalArgumentException(
                        "rates must be in [0, 1): drop " + dropRate + ", reorder " + reorderRate);
            }
        }

        public static Faults drop(double rate, long seed) {
            return new Faults(rate, 0, seed, 64);
        }
    }

    private final DatagramChannel listener;
    private final InetSocketAddress target;
    private final Faults faults;
    private final Map<SocketAddress, DatagramChannel> flows = new ConcurrentHashMap<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong reordered = new AtomicLong();
    private volatile boolean closed;

    private UdpFaultRelay(DatagramChannel listener, InetSocketAddress target, Faults faults) {
        this.listener = listener;
        this.target = target;
        this.faults = faults;
    }

    /** Listens on {@code listen} (port 0 for any free port) and relays to {@code target}. */
    public static UdpFaultRelay start(InetSocketAddress listen, InetSocketAddress target, Faults faults)
            throws IOException {
        DatagramChannel listener = DatagramChannel.open();
        listener.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
        listener.bind(listen);
        UdpFaultRelay relay = new UdpFaultRelay(listener, target, faults);
        relay.spawn("udp-relay-in", relay::fromClients);
        return relay;
    }

    public InetSocketAddress address() throws IOException {
        return (InetSocketAddress) listener.getLocalAddress();
    }

    /** Datagrams passed on, dropped and swapped so far, both directions together. */
    public long forwarded() {
        return forwarded.get();
    }

    public long dropped() {
        return dropped.get();
    }

    public long reordered() {
        return reordered.get();
    }

    private void fromClients() {
        Damage damage = new Damage(new Random(faults.seed()));
        ByteBuffer datagram = ByteBuffer.allocateDirect(65536);
        while (!closed) {
            try {
                datagram.clear();
                SocketAddress client = listener.receive(datagram);
                datagram.flip();
                DatagramChannel upstream = flows.get(client);
                if (upstream == null) {
                    if (flows.size() >= MAX_FLOWS) {
                        continue;
                    }
                    upstream = openFlow(client);
                }
                damage.pass(datagram, upstream, null);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                // an ICMP error from an earlier send: the relay goes on for the other datagrams
            }
        }
    }

    private DatagramChannel openFlow(SocketAddress client) throws IOException {
        DatagramChannel upstream = DatagramChannel.open();
        upstream.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
        upstream.connect(target);
        flows.put(client, upstream);
        long seed = faults.seed() * 31 + flows.size();
        spawn("udp-relay-out", () -> toClient(upstream, client, new Damage(new Random(seed))));
        return upstream;
    }

    private void toClient(DatagramChannel upstream, SocketAddress client, Damage damage) {
        ByteBuffer datagram = ByteBuffer.allocateDirect(65536);
        while (!closed) {
            try {
                datagram.clear();
                upstream.read(datagram);
                datagram.flip();
                damage.pass(datagram, listener, client);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                // the target's port is closed (ICMP): wait for the next datagram
            }
        }
    }

    /** One direction's drop and reorder decisions, and the datagram it holds back to swap. */
    private final class Damage {
        private final Random random;
        private final ByteBuffer held = ByteBuffer.allocateDirect(65536);
        private boolean holding;

        Damage(Random random) {
            this.random = random;
        }

        void pass(ByteBuffer datagram, DatagramChannel out, SocketAddress to) throws IOException {
            boolean damageable = datagram.remaining() >= faults.dropMinBytes();
            if (damageable && random.nextDouble() < faults.dropRate()) {
                dropped.incrementAndGet();
                return;
            }
            if (damageable && !holding && random.nextDouble() < faults.reorderRate()) {
                held.clear();
                held.put(datagram).flip();
                holding = true;
                return;
            }
            send(datagram, out, to);
            if (holding) {
                holding = false;
                reordered.incrementAndGet();
                send(held, out, to);
            }
        }

        private void send(ByteBuffer datagram, DatagramChannel out, SocketAddress to) throws IOException {
            if (to == null) {
                out.write(datagram);
            } else {
                out.send(datagram, to);
            }
            forwarded.incrementAndGet();
        }
    }

    private void spawn(String name, Runnable body) {
        threads.add(Thread.ofPlatform().name(name).daemon(true).start(body));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        closed = true;
        listener.close();
        for (DatagramChannel flow : flows.values()) {
            flow.close();
        }
        for (Thread thread : threads) {
            thread.join(2000);
        }
    }
}
