/**
 * The {@code haier-ruba} case module: the Haier–Ruba Economic Zone in Lahore (private-enterprise-led: a large Chinese manufacturer with a Pakistani partner).
 * Its data and narrative are files under {@code parkbench/cases/haier-ruba/} on the classpath; the one class
 * here registers them with core's {@code CaseModule} service, and nothing else in Parkbench names it.
 */
package org.parkbench.cases.haierruba;
