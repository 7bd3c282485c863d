/**
 * Drawing a history: a metric's series with its confidence band and change points, as a
 * sparkline for terminals and Markdown ({@link io.benchctl.history.trend.Sparkline}) and as an
 * SVG chart for HTML ({@link io.benchctl.history.trend.TrendSvg}). Pure functions of a
 * {@link io.benchctl.history.trend.TrendSeries}: no database, no files.
 */
package io.benchctl.history.trend;
