package io.benchctl.history.store;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on a real PostgreSQL server started for the test run (see {@link PostgresServer}). */
class PostgresHistoryStoreTest extends HistoryStoreContract {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    @Override
    HistoryLocation newLocation() throws Exception {
        return HistoryLocation.parse(POSTGRES.server().newDatabase());
    }

    @Override
    String trueLiteral() {
        return "TRUE";
    }
}
