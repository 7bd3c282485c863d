/**
 * The benchctl platform API: the only types a plugin compiles against.
 *
 * <p>Plugins are loaded by PF4J into unnamed modules (see adr/0002), so this descriptor serves
 * the runtime and tooling; it deliberately names no PF4J type.
 */
module io.benchctl.api {
    requires static org.apiguardian.api;

    exports io.benchctl.api;
    exports io.benchctl.api.result;
    exports io.benchctl.api.report;
    exports io.benchctl.api.format;
    exports io.benchctl.api.platform;
}
