package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.peer.EchoSession;
import io.benchctl.peer.PeerAddress;
import io.benchctl.peer.PeerClient;
import io.benchctl.peer.PeerClientConfig;
import io.benchctl.peer.PeerConnection;
import io.benchctl.peer.PeerException;
import io.benchctl.peer.PeerToken;
import io.benchctl.peer.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real {@code benchctl peer} process started by the launcher: loopback, a token, a 64 MiB heap
 * and 32 MiB of direct memory, ended by the JVM on any OutOfMemoryError, so a peer that allocates
 * what a hostile length claims dies and the tests see it. Plus the hostile client's tools.
 */
final class PeerProcess implements AutoCloseable {
    static final int MAX_CLIENTS = 4;
    /** Wire codes of the frame types (adr/0005); the enum itself is internal to peer-protocol. */
    static final int GREETING = 1, HELLO = 3, WELCOME = 4, ERROR = 5, START_UPLOAD = 16, START_DOWNLOAD = 17;

    static final int START_ECHO = 18, ECHO_READY = 19, DATA = 20, UPLOAD_RESULT = 22, END_RUN = 31;
    /** Answers that mean a test ran or was about to: an unauthenticated client never sees one. */
    private static final Set<Integer> TEST_ANSWERS = Set.of(WELCOME, ECHO_READY, DATA, UPLOAD_RESULT);

    private static final String SECRET = "reliability-suite-token-0123456789";
    static final PeerToken TOKEN = PeerToken.of(SECRET.getBytes(StandardCharsets.UTF_8));

    private final Path folder;
    private final Process process;
    private final int port;

    private PeerProcess(Path folder, Process process, int port) {
        this.folder = folder;
        this.process = process;
        this.port = port;
    }

    static PeerProcess start() throws Exception {
        Path folder = Files.createTempDirectory("benchctl-peer-fuzz");
        Path tokenFile = Files.writeString(folder.resolve("token"), SECRET + "\n");
        Process process = Fixtures.launch(
                folder,
                Map.of("BENCHCTL_JAVA_OPTS", "-Xmx64m -XX:MaxDirectMemorySize=32m -XX:+ExitOnOutOfMemoryError"),
                "peer",
                "--listen",
                "127.0.0.1:0",
                "--token-file",
                tokenFile.toString(),
                "--max-clients",
                Integer.toString(MAX_CLIENTS));
        Pattern listening = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher matcher = listening.matcher(Fixtures.stderr(folder));
            if (matcher.find()) {
                return new PeerProcess(folder, process, Integer.parseInt(matcher.group(1)));
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new AssertionError("benchctl peer did not start listening: " + Fixtures.stderr(folder));
    }

    int port() {
        return port;
    }

    /** The file holding the peer's token, for a profile's {@code token_file}. */
    Path tokenFile() {
        return folder.resolve("token");
    }

    void assertAlive(String after) throws IOException {
        assertTrue(process.isAlive(), "the peer died after " + after + ": " + Fixtures.stderr(folder));
    }

    PeerClient client(PeerToken token) {
        return new PeerClient(PeerClientConfig.of(new PeerAddress("127.0.0.1", port), token)
                .withRetries(0, Duration.ofSeconds(2))
                .withReadTimeout(Duration.ofSeconds(5)));
    }

    /** A good client gets a download and an echo round trip. */
    void assertServesAGoodClient() throws IOException {
        assertAlive("the attack");
        PeerClient good = client(TOKEN);
        try (PeerConnection connection = good.connect()) {
            assertTrue(connection.download(Duration.ofMillis(50), 64 * 1024).payloadBytes() > 0);
        }
        try (EchoSession echo = good.connect().startEcho(64)) {
            echo.roundTrip();
        } catch (PeerException e) {
            throw new AssertionError("a good client was refused after the attack: " + e.getMessage(), e);
        }
    }

    boolean servesAGoodClient() {
        try {
            assertServesAGoodClient();
            return true;
        } catch (IOException | AssertionError e) {
            return false;
        }
    }

    /**
     * Sends bytes on a fresh connection, half-closes it, and checks the peer's answer: well-formed
     * frames only, and none that means a test ran. Bounded: on end of stream the peer answers or
     * closes at once.
     */
    void assertNoTestFor(byte[] bytes) throws IOException {
        Set<Integer> answered = answersTo(bytes);
        Set<Integer> ran = new HashSet<>(answered);
        ran.retainAll(TEST_ANSWERS);
        assertEquals(Set.of(), ran, "an unauthenticated client got a test answer; all answers: " + answered);
    }

    Set<Integer> answersTo(byte[] bytes) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            Set<Integer> types = new HashSet<>();
            try {
                socket.getOutputStream().write(bytes);
                socket.shutdownOutput();
                for (int frames = 0; frames < 256; frames++) {
                    int type = readFrameType(in);
                    if (type < 0) {
                        break;
                    }
                    types.add(type);
                }
            } catch (SocketException e) {
                // reset by the peer for the garbage: what it sent before is the answer
            }
            types.remove(GREETING); // every connection gets one
            return types;
        }
    }

    /** Reads one frame and returns its type, or -1 at the end of the stream. */
    private static int readFrameType(InputStream in) throws IOException {
        byte[] header = in.readNBytes(Protocol.HEADER_BYTES);
        if (header.length < Protocol.HEADER_BYTES) {
            return -1;
        }
        assertEquals(Protocol.MAGIC, ByteBuffer.wrap(header).getInt(), "the peer's own frames are well formed");
        int length = ByteBuffer.wrap(header, 8, 4).getInt();
        assertTrue(length >= 0 && length <= Protocol.MAX_DATA_PAYLOAD_BYTES, "the peer sent a length of " + length);
        in.skipNBytes(length);
        return header[5] & 0xff;
    }

    static byte[] header(int version, int type, int length) {
        return ByteBuffer.allocate(Protocol.HEADER_BYTES)
                .putInt(Protocol.MAGIC)
                .put((byte) version)
                .put((byte) type)
                .putShort((short) 0)
                .putInt(length)
                .array();
    }

    /** VmHWM: the peer's peak resident set, in KiB. */
    long highWaterMarkKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmHWM for the peer process");
    }

    /** What a good client sends for a real, authenticated download, recorded by a loopback relay. */
    byte[] recordGoodSession() throws Exception {
        ByteArrayOutputStream recorded = new ByteArrayOutputStream();
        try (ServerSocket relay = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread recorder = Thread.ofPlatform().start(() -> relay(relay, recorded));
            PeerClient good =
                    new PeerClient(PeerClientConfig.of(new PeerAddress("127.0.0.1", relay.getLocalPort()), TOKEN)
                            .withRetries(0, Duration.ofSeconds(2))
                            .withReadTimeout(Duration.ofSeconds(5)));
            try (PeerConnection connection = good.connect()) {
                assertTrue(connection.download(Duration.ofMillis(50), 4096).payloadBytes() > 0);
            }
            recorder.join(10_000);
        }
        synchronized (recorded) {
            assertTrue(recorded.size() > Protocol.HEADER_BYTES, "recorded the good client's side");
            return recorded.toByteArray();
        }
    }

    private void relay(ServerSocket relay, ByteArrayOutputStream recorded) {
        try (Socket client = relay.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), port)) {
            Thread back = Thread.ofPlatform().start(() -> {
                try {
                    upstream.getInputStream().transferTo(client.getOutputStream());
                } catch (IOException e) {
                    // either side closed
                }
            });
            byte[] buffer = new byte[8192];
            InputStream in = client.getInputStream();
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (recorded) {
                    if (recorded.size() < (1 << 16)) {
                        recorded.write(buffer, 0, n);
                    }
                }
                upstream.getOutputStream().write(buffer, 0, n);
            }
            upstream.shutdownOutput();
            back.join(5000);
        } catch (IOException | InterruptedException e) {
            // the relay ends with its connection
        }
    }

    /** SIGTERM: the peer stops as a JVM does on that signal (128 + 15); its folder is removed. */
    @Override
    public void close() throws Exception {
        new ProcessBuilder("kill", "-TERM", Long.toString(process.pid()))
                .start()
                .waitFor();
        boolean stopped = process.waitFor(30, TimeUnit.SECONDS);
        String err = Fixtures.stderr(folder);
        if (!stopped) {
            process.destroyForcibly();
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        assertTrue(stopped, "the peer did not stop on SIGTERM");
        assertEquals(143, process.exitValue(), err);
    }
}
