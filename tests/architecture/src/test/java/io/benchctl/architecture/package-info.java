/** ArchUnit rules that keep benchctl's layers apart: API, runtime, plugin kit, plugins. */
package io.benchctl.architecture;
