/**
 * Sizes and durations as text, in one place for the runtime and every plugin: the exact form a
 * profile accepts back ({@code 4KiB}, {@code 500ms}) and the human form people read
 * ({@code 24.0 GiB}, {@code 1.50 s}). It lives in the API because the API is the one library both
 * the runtime and plugins load from the same copy at run time (adr/0009); it is a helper outside
 * the 1.0 compatibility promise ({@code EXPERIMENTAL}, adr/0008).
 */
package io.benchctl.api.format;
