/**
 * Rules on all of benchctl's main code: ArchUnit rules that keep its layers apart (API, runtime,
 * plugin kit, plugins), and source rules that keep it readable and documented (file and method
 * sizes, package-info files, API status).
 */
package io.benchctl.architecture;
