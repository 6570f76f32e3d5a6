/**
 * The domain, as immutable values: parks, actors and their stakes over time, observations with their
 * units, qualifiers and as-of dates, events, sources, the development models and their variants,
 * published statistics, confirmed zones, and the cases and casebook that hold them (indexed by park).
 * Constructors validate; nothing is half-built. Every other part of Parkbench reads these types.
 */
package org.parkbench.core.model;
