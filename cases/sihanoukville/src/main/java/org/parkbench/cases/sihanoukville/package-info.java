/**
 * The {@code sihanoukville} case module: the Sihanoukville Special Economic Zone in Cambodia (private-enterprise-led: an enterprise cluster with a Cambodian partner).
 * Its data and narrative are files under {@code parkbench/cases/sihanoukville/} on the classpath; the one class
 * here registers them with core's {@code CaseModule} service, and nothing else in Parkbench names it.
 */
package org.parkbench.cases.sihanoukville;
