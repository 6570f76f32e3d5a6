/**
 * The {@code huajian} case module: Huajian in Ethiopia (private-enterprise-led: the Dukem factory and the Lebu light-industry city).
 * Its data and narrative are files under {@code parkbench/cases/huajian/} on the classpath; the one class
 * here registers them with core's {@code CaseModule} service, and nothing else in Parkbench names it.
 */
package org.parkbench.cases.huajian;
