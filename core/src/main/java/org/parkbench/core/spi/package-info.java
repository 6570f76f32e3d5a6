/**
 * How a case plugs in: the {@code CaseModule} service interface a case module implements, and finding
 * the modules on a classpath with {@code ServiceLoader}, sorted by id and checked for duplicates.
 */
package org.parkbench.core.spi;
