/**
 * The run history: every recorded run's results in one database, SQLite by default (one file)
 * or PostgreSQL for a team, read back as series of like runs.
 *
 * <p>A series is keyed by host id, {@link io.benchctl.history.store.MeasurementKey measurement
 * key}, workload id and metric name: runs that measured different things never share a series,
 * and runs that measured the same thing always do. {@link io.benchctl.history.store.HistoryStore}
 * is the entry point; its errors are {@link io.benchctl.history.store.HistoryException}s with a
 * one-line message naming the database.
 */
@API(status = EXPERIMENTAL, since = "0.1")
package io.benchctl.history.store;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
