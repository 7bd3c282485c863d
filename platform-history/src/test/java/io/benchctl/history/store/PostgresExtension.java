package io.benchctl.history.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one {@link PostgresServer} for the whole test run (closed when the run ends) and hands
 * it to the tests. Where no server can start, the tests are skipped with the reason, except in
 * CI as root, where PostgreSQL can always be installed: there a missing server fails.
 */
final class PostgresExtension implements BeforeAllCallback {

    private record Attempt(PostgresServer server, String failure) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }

    private PostgresServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        Attempt attempt = context.getRoot()
                .getStore(ExtensionContext.Namespace.create(PostgresExtension.class))
                .getOrComputeIfAbsent(Attempt.class, key -> start(), Attempt.class);
        if (attempt.failure() != null) {
            String reason = "no PostgreSQL server for the history tests: " + attempt.failure();
            if ("true".equals(System.getenv("CI")) && "root".equals(System.getProperty("user.name"))) {
                fail(reason);
            }
            abort(reason);
        }
        server = attempt.server();
    }

    PostgresServer server() {
        return server;
    }

    private static Attempt start() {
        try {
            return new Attempt(PostgresServer.start(), null);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Attempt(null, e.getMessage());
        }
    }
}
