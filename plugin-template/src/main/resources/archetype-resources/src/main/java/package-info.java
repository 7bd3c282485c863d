/**
 * The {@code ${moduleId}} benchmark module and its workloads.
 *
 * <p>Internal to the plugin: benchctl finds the module through PF4J's extension index, and no
 * other code calls these classes.
 */
@API(status = INTERNAL)
package ${package};

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
