package io.benchctl.history.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server for tests: a cluster made by {@code initdb} in a temp folder,
 * listening on 127.0.0.1 only, on a free port, with trust authentication for its one user.
 * PostgreSQL refuses to run as root, so as root it runs as the {@code postgres} user.
 */
final class PostgresServer implements AutoCloseable {

    static final String USER = "benchctl";
    /** The one user that must give a password (SCRAM): for the pgpass and PGPASSWORD tests. */
    static final String PASSWORD_USER = "benchctl_password";

    static final String PASSWORD = "correct horse";
    private static final long STEP_TIMEOUT_SECONDS = 60;

    private final Path folder;
    private final Path bin;
    private final List<String> asServerUser;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();
    private boolean stopped;

    private PostgresServer(Path folder, Path bin, List<String> asServerUser, int port) {
        this.folder = folder;
        this.bin = bin;
        this.asServerUser = asServerUser;
        this.port = port;
    }

    /** Starts one, or says why it cannot (the exception's message is the reason). */
    static PostgresServer start() throws IOException, InterruptedException {
        Path bin = binFolder()
                .orElseThrow(() -> new IOException(
                        "PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin);"
                                + " scripts/install-test-deps.sh installs it"));
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> asServerUser = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
        Path folder = Files.createTempDirectory("benchctl-pg-");
        PostgresServer server = new PostgresServer(folder, bin, asServerUser, freePort());
        try {
            if (root) {
                UserPrincipalLookupService users = folder.getFileSystem().getUserPrincipalLookupService();
                Files.setOwner(folder, users.lookupPrincipalByName("postgres"));
            }
            server.run(
                    "initdb",
                    "-D",
                    server.data().toString(),
                    "-U",
                    USER,
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--no-locale",
                    "--no-sync");
            // Trust for the test user, a password for the one that tests where passwords come from.
            Files.writeString(
                    server.data().resolve("pg_hba.conf"),
                    String.join(
                            "\n",
                            "host all " + PASSWORD_USER + " 127.0.0.1/32 scram-sha-256",
                            "host all all 127.0.0.1/32 trust",
                            "local all all trust",
                            ""));
            server.run(
                    "pg_ctl",
                    "-D",
                    server.data().toString(),
                    "-l",
                    folder.resolve("server.log").toString(),
                    "-w",
                    "-t",
                    "30",
                    "-o",
                    "-c listen_addresses=127.0.0.1 -p " + server.port + " -k " + folder
                            + " -c fsync=off -c full_page_writes=off",
                    "start");
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        try (Connection admin = DriverManager.getConnection(server.url("postgres"));
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + PASSWORD_USER + " LOGIN CREATEDB PASSWORD '" + PASSWORD + "'");
        } catch (SQLException e) {
            server.close();
            throw new IOException("cannot create the password user: " + e.getMessage(), e);
        }
        return server;
    }

    /** A new, empty database on this server: its JDBC URL (no password: trust authentication). */
    String newDatabase() throws SQLException {
        String name = "history_" + databases.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(url("postgres"));
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    /** A new database owned by {@link #PASSWORD_USER}: its URL names that user, no password. */
    String newPasswordDatabase() throws SQLException {
        String name = "secured_" + databases.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(url("postgres"));
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER " + PASSWORD_USER);
        }
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name + "?user=" + PASSWORD_USER;
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (Files.exists(data().resolve("postmaster.pid"))) {
                run("pg_ctl", "-D", data().toString(), "-m", "immediate", "-w", "stop");
            }
        } catch (IOException | InterruptedException e) {
            System.err.println("could not stop the test PostgreSQL server in " + folder + ": " + e.getMessage());
        } finally {
            deleteRecursively(folder);
        }
    }

    private Path data() {
        return folder.resolve("data");
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(asServerUser);
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("benchctl-pg-step-", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(program + " did not finish in " + STEP_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException(program + " failed (exit " + process.exitValue() + "): "
                        + Files.readString(log, StandardCharsets.UTF_8).strip() + serverLog());
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private String serverLog() throws IOException {
        Path log = folder.resolve("server.log");
        return Files.isReadable(log)
                ? "; server log: "
                        + Files.readString(log, StandardCharsets.UTF_8).strip()
                : "";
    }

    private static Optional<Path> binFolder() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path initdb = Path.of(dir.isEmpty() ? "." : dir, "initdb");
            if (Files.isExecutable(initdb)) {
                return Optional.of(initdb.toRealPath().getParent());
            }
        }
        // Debian keeps the server programs out of PATH, one folder per major version.
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> each = Files.list(versions)) {
            return each.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent())));
        }
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + folder + ": " + e.getMessage());
        }
    }
}
