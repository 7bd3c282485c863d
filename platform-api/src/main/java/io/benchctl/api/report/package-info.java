/**
 * What a {@link io.benchctl.api.report.Reporter} sees: the run plan and live events through a
 * {@link io.benchctl.api.report.RunListener}, the finished result through a
 * {@link io.benchctl.api.report.ReportContext}, and {@link io.benchctl.api.report.Formats}, the one
 * way every reporter formats numbers and units so that their figures agree.
 *
 * <p>Stable since 1.0, under the same versioning rule as {@code io.benchctl.api} (adr/0008).
 */
@API(status = STABLE, since = "1.0")
package io.benchctl.api.report;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
