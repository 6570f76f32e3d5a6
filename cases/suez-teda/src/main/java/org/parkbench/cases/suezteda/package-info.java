/**
 * The {@code suez-teda} case module: the China–Egypt Suez Economic and Trade Cooperation Zone (development-company-led, initiated by the two governments).
 * Its data and narrative are files under {@code parkbench/cases/suez-teda/} on the classpath; the one class
 * here registers them with core's {@code CaseModule} service, and nothing else in Parkbench names it.
 */
package org.parkbench.cases.suezteda;
