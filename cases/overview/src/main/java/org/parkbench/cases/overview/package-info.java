/**
 * The {@code overview} case module: the source paper's own picture: its headline statistics on the overseas parks and the zones the Ministry of Commerce confirmed.
 * Its data and narrative are files under {@code parkbench/cases/overview/} on the classpath; the one class
 * here registers them with core's {@code CaseModule} service, and nothing else in Parkbench names it.
 */
package org.parkbench.cases.overview;
