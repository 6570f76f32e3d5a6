/**
 * The {@code suzhou} case module: the China–Singapore Suzhou Industrial Park, the government-driven template inside China.
 * Its data and narrative are files under {@code parkbench/cases/suzhou/} on the classpath; the one class
 * here registers them with core's {@code CaseModule} service, and nothing else in Parkbench names it.
 */
package org.parkbench.cases.suzhou;
